const express = require("express");
const { Pool } = require("pg");
const pool = new Pool();
const app = express();
const TABLE = "users";

app.get("/users/:id", async (req, res) => {
  // ruleid: node-sql-query-interpolation
  const r1 = await pool.query(`SELECT * FROM users WHERE id = ${req.params.id}`);
  // ruleid: node-sql-query-interpolation
  const r2 = await pool.query("SELECT * FROM users WHERE name = '" + req.query.name + "'");
  const q = `SELECT * FROM orders WHERE user_id = '${req.params.id}' ORDER BY created_at`;
  // ruleid: node-sql-query-interpolation
  const r3 = await pool.query(q);
  // ruleid: node-sql-query-interpolation
  const r4 = await pool.query(`SELECT * FROM posts WHERE title ILIKE '%${search}%' AND owner = $1`, [req.user.id]);
  // ruleid: node-sql-query-interpolation
  const r5 = await pool.query(`SELECT * FROM products ORDER BY ${req.query.sort}`);
  // ok: node-sql-query-interpolation
  const ok1 = await pool.query("SELECT * FROM users WHERE id = $1", [req.params.id]);
  // ok: node-sql-query-interpolation
  const ok2 = await pool.query(`SELECT * FROM ${TABLE} WHERE id = $1`, [req.params.id]);
  const ids = req.body.ids;
  const placeholders = ids.map((_, i) => `$${i + 1}`).join(", ");
  // ok: node-sql-query-interpolation
  const ok3 = await pool.query(`SELECT * FROM users WHERE id IN (${placeholders})`, ids);
  // ok: node-sql-query-interpolation
  const ok4 = await pool.query({ text: "SELECT * FROM users WHERE email = $1", values: [req.body.email] });
  const fixed = "SELECT count(*) FROM users";
  // ok: node-sql-query-interpolation
  const ok5 = await pool.query(fixed);
  // ok: node-sql-query-interpolation
  const ok6 = await pool.query(`SELECT * FROM users WHERE active = true`);
  res.json({ r1, r2, r3, r4, r5, ok1, ok2, ok3, ok4, ok5, ok6 });
});

app.get("/search", async (req, res) => {
  // ok: node-sql-query-interpolation
  const url = new URLSearchParams(`q=${req.query.q}`).get("q");
  res.json({ url });
});

app.get("/filter", async (req, res) => {
  let sql = "SELECT * FROM products WHERE 1=1";
  if (req.query.category) sql += " AND category = '" + req.query.category + "'";
  // ruleid: node-sql-query-interpolation
  const { rows } = await pool.query(sql);
  res.json(rows);
});

function byCategory(db, category, cb) {
  // ruleid: node-sql-query-interpolation
  db.query(`SELECT * FROM products ORDER BY ${category}`, (err, rows) => cb(err, rows));
  // ok: node-sql-query-interpolation
  db.query("SELECT * FROM products WHERE category = ?", [category], (err, rows) => cb(err, rows));
}

// Parameters are passed, but the sort column and the SET list come from the request.
app.get("/events", async (req, res) => {
  const sort = req.query.sort || "starts_at";
  // ruleid: node-sql-query-interpolation
  const { rows } = await pool.query(`SELECT id, title FROM events WHERE title ILIKE $1 ORDER BY ${sort}`, [`%${req.query.q}%`]);
  res.json(rows);
});

app.post("/account", async (req, res) => {
  const fields = Object.keys(req.body);
  const set = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
  // Column names from the body's keys: node-sql-columns-from-object-keys reports it (allow-list fix).
  // ok: node-sql-query-interpolation
  await pool.query(`UPDATE users SET ${set} WHERE id = $${fields.length + 1}`, [...fields.map((f) => req.body[f]), req.user.id]);
  res.json({ ok: true });
});

app.get("/events/sorted", async (req, res) => {
  const column = SORTABLE.includes(req.query.sort) ? req.query.sort : "starts_at";
  // An allow-listed column: the check is in the same function.
  // ok: node-sql-query-interpolation
  const { rows } = await pool.query(`SELECT id FROM events WHERE owner = $1 ORDER BY ${column}`, [req.user.id]);
  res.json(rows);
});

async function listEvents(db, orderBy) {
  // A column name from the caller: parameters cannot carry it, so it must be allow-listed.
  // ruleid: node-sql-query-interpolation
  return db.query(`SELECT id FROM events ORDER BY ${orderBy} LIMIT $1`, [50]);
}
