const express = require("express");
const rateLimit = require("express-rate-limit");
const { Pool } = require("pg");
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());
const limiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 5 });

// ok: endpoint-missing-auth (the caller cannot sign in yet)
app.post("/api/auth/resend-verification", limiter, async (req, res, next) => {
  try {
    const { rows } = await pool.query("SELECT id FROM users WHERE email = $1", [String(req.body.email)]);
    if (rows[0]) await queueVerificationMail(rows[0].id);
    res.json({ ok: true });
  } catch (e) { next(e); }
});

// ok: endpoint-missing-auth (a share link: only notes their owner published)
app.get("/share/:id", async (req, res, next) => {
  try {
    const { rows } = await pool.query("SELECT title, body FROM notes WHERE id = $1 AND is_public = true", [req.params.id]);
    res.json(rows[0] || null);
  } catch (e) { next(e); }
});

// ruleid: endpoint-missing-auth
app.get("/api/notes/:id", async (req, res, next) => {
  try {
    const { rows } = await pool.query("SELECT title, body FROM notes WHERE id = $1", [req.params.id]);
    res.json(rows[0] || null);
  } catch (e) { next(e); }
});

// ruleid: endpoint-missing-auth (resending an invoice is not part of sign-up)
app.post("/api/invoices/:id/resend", async (req, res, next) => {
  try {
    await pool.query("UPDATE invoices SET resent_at = now() WHERE id = $1", [req.params.id]);
    res.json({ ok: true });
  } catch (e) { next(e); }
});

app.use((err, req, res, next) => res.status(500).json({ error: "Internal error" }));
app.listen(3000);
