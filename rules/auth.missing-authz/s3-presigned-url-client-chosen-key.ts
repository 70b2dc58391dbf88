import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import express from "express";

const s3 = new S3Client({});
const app = express();
const Bucket = process.env.BUCKET;

app.post("/api/download-url", requireAuth, async (req, res) => {
  const { key } = req.body;
  // ruleid: s3-presigned-url-client-chosen-key
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: key }), { expiresIn: 3600 });
  res.json({ url });
});

app.get("/api/file-url", requireAuth, async (req, res) => {
  // ruleid: s3-presigned-url-client-chosen-key
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: req.query.key as string }), { expiresIn: 3600 });
  res.json({ url });
});

app.get("/api/files/:id/url", requireAuth, async (req, res) => {
  const file = await File.findOne({ _id: req.params.id, owner: req.user.id });
  if (!file) return res.sendStatus(404);
  // ok: s3-presigned-url-client-chosen-key
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: file.key }), { expiresIn: 300 });
  res.json({ url });
});

app.post("/api/upload-url", requireAuth, async (req, res) => {
  const key = `uploads/${req.user.id}/${crypto.randomUUID()}`;
  // ok: s3-presigned-url-client-chosen-key
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: key }), { expiresIn: 300 });
  res.json({ url, key });
});
