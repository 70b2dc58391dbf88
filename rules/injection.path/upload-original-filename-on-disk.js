const express = require("express");
const formidable = require("formidable");
const busboy = require("busboy");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const app = express();
const UPLOAD_DIR = path.join(__dirname, "uploads");

app.post("/api/attachments", (req, res) => {
  const form = formidable({ uploadDir: UPLOAD_DIR, maxFileSize: 5 * 1024 * 1024 });
  form.parse(req, (err, fields, files) => {
    if (err) return res.status(400).json({ error: "Upload failed" });
    const file = files.attachment[0];
    // ruleid: upload-original-filename-on-disk
    fs.renameSync(file.filepath, path.join(UPLOAD_DIR, fields.projectId[0], file.originalFilename));
    res.json({ ok: true });
  });
});

app.post("/api/legacy-upload", (req, res) => {
  const form = new formidable.IncomingForm();
  form.parse(req, (err, fields, files) => {
    // ruleid: upload-original-filename-on-disk
    const target = path.join(UPLOAD_DIR, files.photo.name);
    fs.rename(files.photo.path, target, () => res.json({ ok: true }));
  });
});

app.post("/api/safe-upload", (req, res) => {
  const form = formidable({ uploadDir: UPLOAD_DIR, keepExtensions: true });
  form.parse(req, (err, fields, files) => {
    const file = files.attachment[0];
    const name = path.basename(file.originalFilename || "file");
    // ok: upload-original-filename-on-disk
    fs.renameSync(file.filepath, path.join(UPLOAD_DIR, `${crypto.randomUUID()}-${name}`));
    res.json({ ok: true, name: file.originalFilename });
  });
});

app.post("/api/kept-name", (req, res) => {
  const form = formidable({ maxFileSize: 5 * 1024 * 1024 });
  form.parse(req, (err, fields, files) => {
    const file = files.document[0];
    if (!file.mimetype?.startsWith("application/pdf")) return res.status(415).end();
    // ruleid: upload-original-filename-on-disk
    const dest = path.join(UPLOAD_DIR, "docs", file.originalFilename);
    fs.copyFileSync(file.filepath, dest);
    const shortName = path.basename(file.originalFilename);
    // ok: upload-original-filename-on-disk
    fs.copyFileSync(file.filepath, path.join(UPLOAD_DIR, "flat", shortName));
    res.json({ ok: true });
  });
});

const keepNames = formidable({
  uploadDir: UPLOAD_DIR,
  // ruleid: upload-original-filename-on-disk
  filename: (name, ext, part) => part.originalFilename,
});

const randomNames = formidable({
  uploadDir: UPLOAD_DIR,
  // ok: upload-original-filename-on-disk
  filename: (name, ext) => `${crypto.randomUUID()}${ext}`,
});

app.post("/api/busboy", (req, res) => {
  const bb = busboy({ headers: req.headers, limits: { fileSize: 5 * 1024 * 1024 } });
  // ruleid: upload-original-filename-on-disk
  bb.on("file", (name, file, info) => {
    const { filename, mimeType } = info;
    const saveTo = path.join(UPLOAD_DIR, filename);
    file.pipe(fs.createWriteStream(saveTo));
  });
  bb.on("close", () => res.json({ ok: true }));
  req.pipe(bb);
});

app.post("/api/busboy-safe", (req, res) => {
  const bb = busboy({ headers: req.headers, limits: { fileSize: 5 * 1024 * 1024 } });
  // ok: upload-original-filename-on-disk
  bb.on("file", (name, file, info) => {
    const id = crypto.randomUUID();
    file.pipe(fs.createWriteStream(path.join(UPLOAD_DIR, id)));
  });
  bb.on("close", () => res.json({ ok: true }));
  req.pipe(bb);
});

module.exports = { app, keepNames, randomNames };
