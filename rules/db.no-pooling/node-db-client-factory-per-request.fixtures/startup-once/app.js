const express = require('express');
const { pool } = require('./db');

const app = express();
app.get('/users', async (req, res) => {
  const { rows } = await pool.query('select id, name from users');
  res.json(rows);
});
app.listen(3000);
