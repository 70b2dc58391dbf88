const express = require("express");
const app = express();

app.post("/internal/reindex", (req, res) => {
  // ruleid: shared-secret-check-skipped-when-unset
  if (process.env.INTERNAL_TOKEN && req.get("x-internal-token") !== process.env.INTERNAL_TOKEN) {
    return res.status(403).json({ error: "forbidden" });
  }
  res.json({ ok: true });
});

const { WEBHOOK_KEY } = process.env;
app.post("/hooks/deploy", (req, res) => {
  // ruleid: shared-secret-check-skipped-when-unset
  if (WEBHOOK_KEY && req.query.key !== WEBHOOK_KEY) throw new Error("bad key");
  res.json({ ok: true });
});

app.patch("/posts/:id", (req, res) => {
  const post = findPost(req.params.id);
  // ok: shared-secret-check-skipped-when-unset (not a secret from the environment)
  if (post && post.authorId !== req.user.id) return res.status(403).end();
  res.json(post);
});

app.get("/preview", (req, res) => {
  const previewKey = process.env.PREVIEW_KEY;
  // ok: shared-secret-check-skipped-when-unset (grants on a match; nothing is refused)
  if (previewKey && req.query.key === previewKey) return res.json({ draft: true });
  res.json({ draft: false });
});
