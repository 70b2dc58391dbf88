const express = require('express');
const rateLimit = require('express-rate-limit');
const bcrypt = require('bcrypt');
const router = express.Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 5 });

// ok: endpoint-missing-rate-limit
router.post('/login', loginLimiter, async (req, res) => {
  const user = await db.findUser(String(req.body.email));
  res.json({ ok: user && (await bcrypt.compare(String(req.body.password), user.hash)) });
});

// ruleid: endpoint-missing-rate-limit
router.post('/forgot-password', async (req, res) => {
  await sendResetEmail(String(req.body.email));
  res.json({ sent: true });
});

// ruleid: endpoint-missing-rate-limit
router.post('/signin', async (req, res) => {
  const user = await db.findUser(String(req.body.email));
  res.json({ ok: user && (await bcrypt.compare(String(req.body.password), user.hash)) });
});

// A login named for its credential is still a login: no helper call shows it, the name does.
// ruleid: endpoint-missing-rate-limit
router.post('/login-password', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  res.json({ ok: Boolean(user && (await user.matchPassword(String(req.body.password)))) });
});

// ruleid: endpoint-missing-rate-limit
router.post('/login/email', async (req, res) => {
  await sendLoginCode(String(req.body.email));
  res.json({ sent: true });
});

// ok: endpoint-missing-rate-limit
router.get('/login', (req, res) => res.send('<form method="post"></form>'));

module.exports = router;
