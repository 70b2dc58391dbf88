// fixture-path: src/middleware/upload.ts
import multer from "multer";
import type { Request } from "express";

const storage = multer.memoryStorage();

const imageFilter = (_req: Request, file: Express.Multer.File, cb: multer.FileFilterCallback) => {
  cb(null, file.mimetype.startsWith("image/"));
};

// ruleid: multer-upload-without-limits
export const upload = multer({ storage, fileFilter: imageFilter });

// ok: multer-upload-without-limits
export const avatarUpload = multer({ storage, fileFilter: imageFilter, limits: { fileSize: 2_000_000 } });
