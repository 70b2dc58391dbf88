const express = require("express");
const { Client, Pool } = require("pg");
const mysql = require("mysql2/promise");
const app = express();
// ok: node-db-connection-per-request
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

app.get("/users/:id", async (req, res) => {
  // ruleid: node-db-connection-per-request
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query("SELECT * FROM users WHERE id = $1", [req.params.id]);
  await client.end();
  res.json(rows[0]);
});

app.get("/orders", async (req, res) => {
  // ruleid: node-db-connection-per-request
  const conn = await mysql.createConnection(process.env.MYSQL_URL);
  const [rows] = await conn.execute("SELECT * FROM orders");
  res.json(rows);
});

app.get("/pooled", async (req, res) => {
  // ok: node-db-connection-per-request
  const { rows } = await pool.query("SELECT 1");
  res.json(rows);
});
