const express = require('express');
const { pool } = require('./db');

const app = express();
app.get('/products', async (req, res) => {
  const [rows] = await pool.query(`SELECT id, name FROM products ORDER BY ${req.query.sort || 'id'}`);
  res.json(rows);
});
app.listen(3000);
