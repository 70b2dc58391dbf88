const express = require("express");
const app = express();
const shares = [];

app.post("/api/notes/:id/share", requireAuth, (req, res) => {
  // ruleid: share-link-sequential-id
  const shareId = shares.length + 1;
  shares.push({ shareId, noteId: req.params.id });
  res.json({ url: `/share/${shareId}` });
});

app.post("/api/docs/:id/share", requireAuth, async (req, res) => {
  // ok: share-link-sequential-id
  const shareId = require("crypto").randomBytes(16).toString("base64url");
  await Share.create({ shareId, docId: req.params.id });
  res.json({ url: `/share/${shareId}` });
});

app.get("/api/stats", (req, res) => {
  // ok: share-link-sequential-id
  const publicCount = shares.length;
  res.json({ publicCount, next: publicCount + 1 });
});

app.get("/share/:shareId", (req, res) => {
  const share = shares.find((s) => s.shareId === Number(req.params.shareId));
  res.json(share ?? null);
});

app.get("/share/check/:shareId", (req, res) => {
  // ok: share-link-sequential-id
  if (req.params.shareId == shares.length + 1) return res.status(404).end();
  res.json({ ok: true });
});
