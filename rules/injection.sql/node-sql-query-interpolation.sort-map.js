const express = require("express");
const Database = require("better-sqlite3");
const db = new Database("data.db");
const app = express();

const SORTS = {
  newest: "created_at DESC",
  price_asc: "price_cents ASC",
  price_desc: "price_cents DESC",
};

app.get("/listings", (req, res) => {
  const orderBy = SORTS[req.query.sort] || SORTS.newest;
  // ok: node-sql-query-interpolation
  const listings = db.prepare(`SELECT * FROM listings WHERE status = 'active' ORDER BY ${orderBy} LIMIT 50`).all();
  res.json(listings);
});

app.get("/events", (req, res) => {
  const order = req.query.order === "asc" ? "ASC" : "DESC";
  // ok: node-sql-query-interpolation
  const rows = db.prepare(`SELECT * FROM events ORDER BY starts_at ${order}`).all();
  res.json(rows);
});

app.get("/items", (req, res) => {
  const sort = SORTS[req.query.sort] ?? "id";
  // ruleid: node-sql-query-interpolation
  const rows = db.prepare(`SELECT * FROM items WHERE name LIKE '%${req.query.q}%' ORDER BY ${sort}`).all();
  res.json(rows);
});

app.get("/products", (req, res) => {
  const orderBy = SORTS[req.query.sort] || SORTS.newest;
  const dir = req.query.dir;
  // ruleid: node-sql-query-interpolation
  const rows = db.prepare(`SELECT * FROM products ORDER BY ${orderBy} ${dir}`).all();
  res.json(rows);
});

app.get("/orders", (req, res) => {
  let orderBy = SORTS[req.query.sort] || SORTS.newest;
  if (req.query.raw) orderBy = req.query.raw;
  // ruleid: node-sql-query-interpolation
  const rows = db.prepare(`SELECT * FROM orders ORDER BY ${orderBy}`).all();
  res.json(rows);
});

app.get("/users", (req, res) => {
  const sortBy = req.query.sortBy || "created_at";
  // ruleid: node-sql-query-interpolation
  const rows = db.prepare(`SELECT * FROM users ORDER BY ${sortBy}`).all();
  res.json(rows);
});

app.get("/tags", (req, res) => {
  const col = SORTS[req.query.sort] || SORTS.newest;
  // The constant-choice exclusion needs the function to build no other string (it cannot tell
  // which query a name goes into), so this safe line is still reported next to the unsafe one.
  // todook: node-sql-query-interpolation
  const top = db.prepare(`SELECT * FROM tags ORDER BY ${col}`).all();
  // ruleid: node-sql-query-interpolation
  const mine = db.prepare("SELECT * FROM tags WHERE owner = '" + req.query.owner + "'").all();
  res.json({ top, mine });
});

// A constant choice that is not the spliced column: the sort still comes from the request.
async function listByLimit(req, res) {
  const { sort } = req.query;
  const limitCol = LIMITS[req.query.size] || 10;
  // ruleid: node-sql-query-interpolation
  const rows = await pool.query(`SELECT id, name FROM products ORDER BY ${sort} LIMIT $1`, [limitCol]);
  res.json(rows.rows);
}
