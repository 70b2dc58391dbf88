import { S3Client } from "@aws-sdk/client-s3";

export const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "AKIAQEBV5KMI2FWC7E2S",
    // ruleid: aws-secret-access-key
    secretAccessKey: "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",
  },
});

export const s3b = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    // ok: aws-secret-access-key
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
  },
});

// ok: aws-secret-access-key
export const checksum = { sha1: "97bbedbddad12633ffeabadcbd030e4f5738bd73" };
