const express = require('express');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10 });
const router = express.Router();

router.post('/orders', async (req, res) => {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    await conn.query('INSERT INTO orders (user_id) VALUES (?)', [req.user.id]);
    await conn.commit();
    res.sendStatus(201);
  } finally {
    conn.release();
  }
});

module.exports = router;
