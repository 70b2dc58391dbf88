const express = require("express");
const { Pool } = require("pg");
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

function requireAuth(req, res, next) {
  if (!req.user) return res.status(401).json({ error: "Not authenticated" });
  next();
}

app.get("/api/notes/:id", requireAuth, async (req, res, next) => {
  try {
    // ruleid: idor-unscoped-lookup
    const { rows } = await pool.query("SELECT * FROM notes WHERE id = $1", [req.params.id]);
    res.json(rows[0]);
  } catch (e) { next(e); }
});

app.delete("/api/notes/:id", requireAuth, async (req, res, next) => {
  try {
    // ruleid: idor-unscoped-lookup
    await pool.query("DELETE FROM notes WHERE id = $1", [req.params.id]);
    res.status(204).end();
  } catch (e) { next(e); }
});

app.get("/api/mine/:id", requireAuth, async (req, res, next) => {
  try {
    // ok: idor-unscoped-lookup
    const { rows } = await pool.query("SELECT * FROM notes WHERE id = $1 AND user_id = $2", [req.params.id, req.user.id]);
    res.json(rows[0]);
  } catch (e) { next(e); }
});

app.delete("/api/mine/:id", requireAuth, async (req, res, next) => {
  try {
    // ok: idor-unscoped-lookup
    await pool.query("DELETE FROM notes WHERE id = $1 AND owner_id = $2", [req.params.id, req.user.id]);
    res.status(204).end();
  } catch (e) { next(e); }
});

app.use((err, req, res, next) => res.status(500).json({ error: "Internal error" }));
app.listen(3000);
