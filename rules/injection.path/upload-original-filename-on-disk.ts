// fixture-path: pages/api/upload.ts
import type { NextApiRequest, NextApiResponse } from "next";
import formidable from "formidable";
import crypto from "crypto";
import fs from "fs";
import path from "path";

export const config = { api: { bodyParser: false } };
const UPLOAD_DIR = path.join(process.cwd(), "public", "uploads");

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const [fields, files] = await formidable({ maxFileSize: 10 * 1024 * 1024 }).parse(req);
  const file = files.file![0];
  const folder = (fields.folder?.[0] as string) || "misc";
  // ruleid: upload-original-filename-on-disk
  const dest = path.join(process.cwd(), "public", "uploads", folder, file.originalFilename as string);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  // ok: upload-original-filename-on-disk
  fs.copyFileSync(file.filepath, dest);

  // ruleid: upload-original-filename-on-disk
  await fs.promises.writeFile(`${UPLOAD_DIR}/${file.originalFilename}`, await fs.promises.readFile(file.filepath));

  // ok: upload-original-filename-on-disk
  const stored = path.join(UPLOAD_DIR, file.newFilename);
  // ok: upload-original-filename-on-disk
  const safe = path.join(UPLOAD_DIR, `${crypto.randomUUID()}${path.extname(file.originalFilename ?? "")}`);
  // ok: upload-original-filename-on-disk
  const shown = path.join("/uploads", "misc");
  res.status(200).json({ stored, safe, shown, name: file.originalFilename });
}
