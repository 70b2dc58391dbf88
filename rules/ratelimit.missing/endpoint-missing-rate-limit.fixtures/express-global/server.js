const express = require('express');
const { rateLimit } = require('express-rate-limit');

const app = express();
const limiter = rateLimit({ windowMs: 60 * 1000, limit: 20 });
app.use(limiter);

// ok: endpoint-missing-rate-limit
app.post('/api/login', async (req, res) => {
  res.json(await login(String(req.body.email), String(req.body.password)));
});

app.listen(3000);
