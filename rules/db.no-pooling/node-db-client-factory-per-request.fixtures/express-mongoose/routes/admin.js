const express = require('express');
const { getReportingConnection } = require('../config/db');

const router = express.Router();

router.get('/stats', async (req, res, next) => {
  try {
    const conn = await getReportingConnection();
    const users = await conn.collection('users').countDocuments();
    res.json({ users });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
