const { Router } = require("express");
const { execFile } = require("child_process");
const path = require("path");
const fs = require("fs");

const EXPORT_DIR = "/tmp/exports";
const router = Router();

router.post("/archive", async (req, res, next) => {
  const { month } = req.body;
  if (!/^\d{4}-\d{2}$/.test(String(month))) return res.status(400).json({ error: "month must be YYYY-MM" });
  // ok: node-path-traversal
  const out = path.join(EXPORT_DIR, `attachments-${month}.tgz`);
  execFile("tar", ["-czf", out, "-C", "/var/attachments", month], (err) => (err ? next(err) : res.download(out)));
});

router.get("/themes/:name", (req, res) => {
  const { name } = req.params;
  if (!name.match(/^[a-z0-9_-]+$/i)) return res.status(404).end();
  // ok: node-path-traversal
  res.sendFile(path.join(__dirname, "themes", `${name}.css`));
});

router.get("/docs/:slug", (req, res) => {
  const { slug } = req.params;
  // A pattern that still allows dots and slashes is no allow-list.
  if (!/^[\w.\/-]+$/.test(slug)) return res.status(400).end();
  // ruleid: node-path-traversal
  res.sendFile(path.join(__dirname, "docs", slug));
});

router.get("/files", (req, res) => {
  const { file } = req.query;
  // An unanchored pattern matches anywhere in `../../x.pdf`.
  if (!/\.pdf$/.test(file)) return res.status(400).end();
  // ruleid: node-path-traversal
  fs.createReadStream(path.join(__dirname, "files", file)).pipe(res);
});

module.exports = router;
