const express = require("express");
const bcrypt = require("bcrypt");
const router = express.Router();

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email });
  // ruleid: js-password-plaintext-comparison
  if (!user || user.password !== password) return res.status(401).end();
  // ruleid: js-password-plaintext-comparison
  const admin = await User.findOne({ email, password });
  // ruleid: js-password-plaintext-comparison
  const { rows } = await pool.query("SELECT * FROM users WHERE email = $1 AND password = $2", [email, password]);
  // ruleid: js-password-plaintext-comparison
  if (rows[0].password == req.body.password) res.json({ ok: true });
  // ok: js-password-plaintext-comparison
  const valid = await bcrypt.compare(password, user.password);
  // ok: js-password-plaintext-comparison
  const mine = await User.findOne({ email });
  res.json({ admin, valid, mine });
});

router.post("/register", async (req, res) => {
  const { password, confirmPassword } = req.body;
  // ok: js-password-plaintext-comparison
  if (password !== confirmPassword) return res.status(400).json({ error: "Passwords do not match" });
  // ok: js-password-plaintext-comparison
  if (!password || password.length < 8) return res.status(400).end();
  res.end();
});

module.exports = router;
