const express = require("express");
const fs = require("fs");
const path = require("path");
const app = express();

app.get("/download", (req, res) => {
  // ruleid: node-path-traversal
  const file = path.join(__dirname, "uploads", req.query.file);
  // ok: node-path-traversal
  res.download(file);
});

app.get("/raw/:name", (req, res) => {
  // ruleid: node-path-traversal
  fs.readFile(`./data/${req.params.name}`, "utf8", (err, data) => res.send(data));
});

app.get("/view", (req, res) => {
  const name = req.query.name;
  // ruleid: node-path-traversal
  res.sendFile(name);
});

app.delete("/files/:name", async (req, res) => {
  // ruleid: node-path-traversal
  await fs.promises.unlink("uploads/" + req.params.name);
  res.end();
});

app.get("/safe/:name", (req, res) => {
  // ok: node-path-traversal
  res.sendFile(path.basename(req.params.name), { root: path.join(__dirname, "public") });
});

app.get("/checked", (req, res) => {
  const base = path.resolve("uploads");
  // ok: node-path-traversal
  const target = path.resolve(base, req.query.file);
  if (!target.startsWith(base + path.sep)) return res.status(400).end();
  res.sendFile(target);
});

app.post("/upload", upload.single("avatar"), (req, res) => {
  // ok: node-path-traversal
  const dest = path.join(__dirname, req.file.path);
  res.json({ dest });
});

app.get("/static", (req, res) => {
  // ok: node-path-traversal
  res.sendFile(path.join(__dirname, "public", "index.html"));
});

app.get("/two-step/:name", (req, res) => {
  const name = req.params.name;
  // ruleid: node-path-traversal
  const p = path.join(__dirname, "files", name);
  // ok: node-path-traversal
  fs.createReadStream(p).pipe(res);
});

app.get("/report", (req, res) => {
  const { year } = req.query;
  // ruleid: node-path-traversal
  const file = path.join(process.cwd(), "reports", `${year}.csv`);
  // ok: node-path-traversal
  const tpl = path.join(__dirname, "templates", "report.html");
  res.download(file);
});

function loadConfig(name) {
  // ok: node-path-traversal
  return fs.readFileSync(path.join(__dirname, "config", name));
}

app.post("/avatar", async (req, res) => {
  const ext = path.extname(req.body.filename).toLowerCase();
  const name = `${crypto.randomUUID()}${ext}`;
  // ok: node-path-traversal
  await fs.promises.writeFile(path.join(__dirname, "uploads", name), req.body.data);
  res.json({ name });
});

app.get("/attachments/:file", (req, res) => {
  const fileName = path.basename(req.params.file);
  // ok: node-path-traversal
  res.sendFile(path.join(__dirname, "attachments", fileName));
});

app.get("/exports/:file", (req, res) => {
  const fileName = req.params.file;
  // ruleid: node-path-traversal
  res.sendFile(path.join(__dirname, "exports", fileName));
});

// The base folder is itself built with path.join: it is a base, the request part still counts.
const DOWNLOAD_DIR = path.join(__dirname, "uploads");
function downloadFromBase(req, res) {
  // ruleid: node-path-traversal
  res.sendFile(path.join(DOWNLOAD_DIR, req.params.filename));
}

function downloadFromBaseChecked(req, res) {
  const name = path.basename(req.params.filename);
  // ok: node-path-traversal
  res.sendFile(path.join(DOWNLOAD_DIR, name));
}
module.exports.more = { downloadFromBase, downloadFromBaseChecked };

router.post('/backup', async (req, res) => {
  const label = String(req.body.label ?? 'manual').replace(/[^a-zA-Z0-9_-]/g, '').slice(0, 32) || 'manual';
  // ok: node-path-traversal (the label keeps only letters, digits, _ and -)
  const file = path.join(BACKUP_DIR, `db-${label}-${Date.now()}.dump`);
  res.json({ file: path.basename(file) });
});

router.post('/notes', async (req, res) => {
  const name = String(req.body.name).replace(/[^a-zA-Z0-9_.\/-]/g, '');
  // ruleid: node-path-traversal (the kept characters still spell ../)
  const file = path.join(NOTES_DIR, name);
  res.json({ file });
});
