const crypto = require("crypto");
const express = require("express");
const User = require("../models/User");

const router = express.Router();

router.post("/forgot", async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user) {
    user.resetPasswordToken = crypto.randomBytes(32).toString("hex");
    user.resetPasswordExpires = Date.now() + 30 * 60 * 1000;
    await user.save();
  }
  res.json({ ok: true });
});

router.post("/reset/:token", async (req, res) => {
  // ok: reset-token-without-expiry (the lookup requires an unexpired token)
  const user = await User.findOne({ resetPasswordToken: req.params.token, resetPasswordExpires: { $gt: Date.now() } });
  if (!user) return res.status(400).json({ error: "Invalid or expired link" });
  res.json({ ok: true });
});

module.exports = router;
