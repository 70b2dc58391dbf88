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

// A sign-in cannot require a signed-in caller.
// ok: endpoint-missing-auth
app.post('/api/auth/login-password', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  res.json({ token: user && (await user.matchPassword(String(req.body.password))) ? user.issueToken() : null });
});

// A history of sign-ins is private data, not a sign-in.
// ruleid: endpoint-missing-auth
app.delete('/api/auth/login-history', async (req, res) => {
  res.json(await LoginEvent.deleteMany({ userId: req.query.userId }));
});

app.use('/api/notes', requireAuth, notes);
app.use('/api/billing', billing);

module.exports = app;
