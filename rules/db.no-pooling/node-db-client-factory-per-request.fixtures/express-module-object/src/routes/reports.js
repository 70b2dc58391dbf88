const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/reports/monthly', async (req, res, next) => {
  try {
    const rows = await db.withConnection(async (conn) => {
      const [result] = await conn.query('SELECT COUNT(*) AS n FROM orders WHERE user_id = ?', [req.user.id]);
      return result;
    });
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
