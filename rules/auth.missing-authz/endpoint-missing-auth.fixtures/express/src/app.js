const express = require('express');
const rateLimit = require('express-rate-limit');
const { requireAuth } = require('./middleware/auth');
const notes = require('./routes/notes');
const billing = require('./routes/billing');

const app = express();
app.use(express.json());
app.use(rateLimit({ windowMs: 60000, limit: 100 }));

// ok: endpoint-missing-auth
app.get('/health', (req, res) => res.json({ ok: true }));

app.use('/api/notes', requireAuth, notes);
app.use('/api/billing', billing);

module.exports = app;
