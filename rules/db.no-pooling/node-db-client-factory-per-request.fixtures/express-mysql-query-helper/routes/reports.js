const router = require('express').Router();
const { query, pooledQuery } = require('../utils/db');

router.get('/monthly', async (req, res, next) => {
  try {
    const rows = await query('SELECT MONTH(createdAt) AS m, SUM(total) AS t FROM Invoices WHERE userId = ? GROUP BY m', [req.query.userId]);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/top', async (req, res) => {
  res.json(await pooledQuery('SELECT id, total FROM Invoices ORDER BY total DESC LIMIT 10'));
});

module.exports = router;
