import { PutObjectCommand, ObjectCannedACL, S3Client } from "@aws-sdk/client-s3";
import multer from "multer";
import multerS3 from "multer-s3";

const s3 = new S3Client({});

export async function saveUpload(userId: string, file: Express.Multer.File) {
  await s3.send(
    new PutObjectCommand({
      Bucket: process.env.BUCKET,
      Key: `uploads/${userId}/${file.originalname}`,
      Body: file.buffer,
      // ruleid: s3-object-public-read-acl
      ACL: "public-read",
    }),
  );
}

export async function saveReceipt(key: string, body: Buffer) {
  // ruleid: s3-object-public-read-acl
  await s3.send(new PutObjectCommand({ Bucket: process.env.BUCKET, Key: key, Body: body, ACL: ObjectCannedACL.public_read }));
}

export const upload = multer({
  storage: multerS3({
    s3,
    bucket: process.env.BUCKET!,
    // ruleid: s3-object-public-read-acl
    acl: "public-read",
    key: (req, file, cb) => cb(null, `docs/${Date.now()}-${file.originalname}`),
  }),
});

export async function savePrivate(key: string, body: Buffer) {
  // ok: s3-object-public-read-acl
  await s3.send(new PutObjectCommand({ Bucket: process.env.BUCKET, Key: key, Body: body, ACL: "private" }));
}

// ok: s3-object-public-read-acl
const help = 'Never use ACL: "public-read" for user files';

