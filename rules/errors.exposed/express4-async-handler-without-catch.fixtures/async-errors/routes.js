const express = require("express");
const { pool } = require("./db");
const router = express.Router();

// ok: express4-async-handler-without-catch (nothing awaited)
router.get("/health", async (req, res) => res.json({ ok: true }));

// ok: express4-async-handler-without-catch (its own try/catch)
router.get("/projects", async (req, res, next) => {
  try {
    const { rows } = await pool.query("SELECT id, name FROM projects WHERE owner_id = $1", [req.user.id]);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

// ok: express4-async-handler-without-catch (express-async-errors is installed)
router.post("/projects", async (req, res) => {
  const { rows } = await pool.query("INSERT INTO projects (name, owner_id) VALUES ($1, $2) RETURNING id", [req.body.name, req.user.id]);
  res.status(201).json(rows[0]);
});

// ok: express4-async-handler-without-catch (one finding per file: the one above stands for it)
router.delete("/projects/:id", async (req, res) => {
  await pool.query("DELETE FROM projects WHERE id = $1 AND owner_id = $2", [req.params.id, req.user.id]);
  res.status(204).end();
});

module.exports = router;
