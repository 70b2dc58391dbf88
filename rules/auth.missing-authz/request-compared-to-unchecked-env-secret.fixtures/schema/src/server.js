const express = require('express');
const app = express();

app.get('/support', (req, res) => {
  // ok: request-compared-to-unchecked-env-secret (validated by the env schema at startup)
  if (req.headers['x-support-token'] !== process.env.SUPPORT_TOKEN) return res.status(401).end();
  res.json({ ok: true });
});

app.get('/metrics', (req, res) => {
  // ok: request-compared-to-unchecked-env-secret (checked at startup)
  if (req.query.key !== process.env.METRICS_KEY) return res.status(401).end();
  res.send('up 1');
});

app.get('/debug', (req, res) => {
  // ruleid: request-compared-to-unchecked-env-secret
  if (req.query.token != process.env.DEBUG_TOKEN) return res.status(401).end();
  res.json(process.memoryUsage());
});
