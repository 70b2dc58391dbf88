const express = require("express");
const multer = require("multer");
const path = require("path");
const crypto = require("crypto");
const { requireAuth } = require("./middleware/auth");

const app = express();

// ruleid: multer-upload-without-limits
const upload = multer({ dest: "uploads/" });

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, "uploads/avatars"),
  filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}${path.extname(file.originalname)}`),
});
// ruleid: multer-upload-without-limits
const avatarUpload = multer({ storage });

// ruleid: multer-upload-without-limits
const memoryUpload = multer({ storage: multer.memoryStorage(), fileFilter: imageOnly });

// ruleid: multer-upload-without-limits
const inMemory = multer();

const docOptions = {
  dest: "uploads/docs",
  fileFilter: imageOnly,
};
// ruleid: multer-upload-without-limits
const docUpload = multer(docOptions);

// ok: multer-upload-without-limits
const safeUpload = multer({ storage, limits: { fileSize: 5 * 1024 * 1024, files: 1 } });

const uploadOptions = {
  storage: multer.memoryStorage(),
  limits: { fileSize: 2 * 1024 * 1024 },
};
// ok: multer-upload-without-limits
const limitedUpload = multer(uploadOptions);

// ok: multer-upload-without-limits
const sharedUpload = multer({ ...baseUploadOptions, dest: "uploads/tmp" });

// ok: multer-upload-without-limits
const configured = multer(require("./config/upload"));

function imageOnly(req, file, cb) {
  cb(null, ["image/png", "image/jpeg", "image/webp"].includes(file.mimetype));
}

app.post("/api/images", upload.single("image"), (req, res) => res.json({ id: req.file.filename }));
app.post("/api/avatar", requireAuth, avatarUpload.single("avatar"), (req, res) => res.json({ ok: true }));
app.post("/api/import", requireAuth, memoryUpload.single("csv"), (req, res) => res.json({ rows: req.file.buffer.length }));
app.post("/api/docs", requireAuth, docUpload.array("docs", 5), (req, res) => res.json({ n: req.files.length }));
app.post("/api/photo", requireAuth, safeUpload.single("photo"), (req, res) => res.json({ ok: true }));
app.post("/api/small", requireAuth, limitedUpload.single("f"), (req, res) => res.json({ ok: true }));
app.post("/api/any", inMemory.any(), (req, res) => res.json({ n: req.files.length }));
app.post("/api/shared", sharedUpload.single("f"), configured.single("g"), (req, res) => res.json({ ok: true }));

module.exports = app;
