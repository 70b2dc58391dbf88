const router = require('express').Router();
const crypto = require('crypto');
const { Op } = require('sequelize');
const { User } = require('../models');

router.post('/forgot-password', async (req, res) => {
  const user = await User.findOne({ where: { email: String(req.body.email) } });
  if (user) await user.update({ resetToken: crypto.randomBytes(32).toString('hex') });
  res.json({ ok: true });
});

router.post('/reset-password', async (req, res, next) => {
  try {
    const { token, password } = req.body;
    // ruleid: reset-token-lookup-matches-null
    const user = await User.findOne({ where: { resetToken: token } });
    if (!user) return res.status(400).json({ error: 'Invalid reset link' });
    user.password = password;
    user.resetToken = null;
    await user.save();
    res.json({ message: 'Password updated' });
  } catch (err) {
    next(err);
  }
});

router.post('/reset-direct', async (req, res) => {
  // ruleid: reset-token-lookup-matches-null
  const user = await User.findOne({ resetPasswordToken: req.body.token });
  res.json({ found: Boolean(user) });
});

router.post('/reset-shorthand', async (req, res) => {
  const { resetToken, password } = req.body;
  // ruleid: reset-token-lookup-matches-null
  const user = await User.findOne({ where: { resetToken } });
  res.json({ found: Boolean(user), password: Boolean(password) });
});

router.post('/reset-typed', async (req, res) => {
  const { token } = req.body;
  if (typeof token !== 'string' || token.length !== 64) return res.status(400).end();
  // ok: reset-token-lookup-matches-null
  const user = await User.findOne({ where: { resetToken: token } });
  res.json({ found: Boolean(user) });
});

router.post('/reset-guarded', async (req, res) => {
  const { token, password } = req.body;
  if (!token || !password) return res.status(400).end();
  // ok: reset-token-lookup-matches-null
  const user = await User.findOne({ where: { resetToken: token } });
  res.json({ found: Boolean(user) });
});

router.post('/reset-expiring', async (req, res) => {
  const { token } = req.body;
  // ok: reset-token-lookup-matches-null
  const user = await User.findOne({ where: { resetToken: token, resetExpires: { [Op.gt]: new Date() } } });
  res.json({ found: Boolean(user) });
});

router.post('/reset-hashed', async (req, res) => {
  const { token } = req.body;
  const digest = crypto.createHash('sha256').update(token).digest('hex');
  // ok: reset-token-lookup-matches-null
  const user = await User.findOne({ where: { resetTokenHash: digest } });
  res.json({ found: Boolean(user) });
});

router.get('/reset/:token', async (req, res) => {
  // ok: reset-token-lookup-matches-null (a route parameter is always a non-empty string)
  const user = await User.findOne({ where: { resetToken: req.params.token } });
  res.json({ found: Boolean(user) });
});

module.exports = router;
