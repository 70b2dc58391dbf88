const express = require('express');
const jwt = require('jsonwebtoken');
// ruleid: project-missing-rate-limit
const app = express();

app.post('/api/login', async (req, res) => {
  res.json({ token: jwt.sign({ sub: 'u' }, process.env.JWT_SECRET, { expiresIn: '1h' }) });
});

app.listen(3000);
