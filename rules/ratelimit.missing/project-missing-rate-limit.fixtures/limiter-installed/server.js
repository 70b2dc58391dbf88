const express = require('express');
const jwt = require('jsonwebtoken');
const { RateLimiterMemory } = require('rate-limiter-flexible');
const limiter = new RateLimiterMemory({ points: 10, duration: 60 });
// ok: project-missing-rate-limit
const app = express();

app.post('/api/login', async (req, res) => {
  await limiter.consume(req.ip);
  res.json({ token: jwt.sign({ sub: 'u' }, process.env.JWT_SECRET, { expiresIn: '1h' }) });
});

app.listen(3000);
