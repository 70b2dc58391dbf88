const express = require("express");
const { pool } = require("./db");
const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);
const router = express.Router();

// ok: express4-async-handler-without-catch (wrapped)
router.post("/projects", asyncHandler(async (req, res) => {
  const { rows } = await pool.query("INSERT INTO projects (name) VALUES ($1) RETURNING id", [req.body.name]);
  res.status(201).json(rows[0]);
}));

module.exports = router;
