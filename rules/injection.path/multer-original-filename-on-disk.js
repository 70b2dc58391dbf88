const multer = require("multer");
const path = require("path");
const crypto = require("crypto");

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, "uploads/"),
  // ruleid: multer-original-filename-on-disk
  filename: (req, file, cb) => cb(null, file.originalname),
});

const storage2 = multer.diskStorage({
  destination: "uploads/",
  // ruleid: multer-original-filename-on-disk
  filename: (req, file, cb) => cb(null, req.user.id + "-" + file.originalname),
});

const safe = multer.diskStorage({
  destination: "uploads/",
  // ok: multer-original-filename-on-disk
  filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}${path.extname(file.originalname)}`),
});

function save(req, res) {
  // ok: multer-original-filename-on-disk
  res.json({ name: req.file.originalname, size: req.file.size });
}
module.exports = { storage, storage2, safe, save };
