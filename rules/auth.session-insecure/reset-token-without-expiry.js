const crypto = require("crypto");
const express = require("express");
const User = require("../models/User");

const router = express.Router();

router.post("/forgot", async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user) {
    user.resetPasswordToken = crypto.randomBytes(32).toString("hex");
    await user.save();
    await sendResetMail(user.email, user.resetPasswordToken);
  }
  res.json({ ok: true });
});

router.post("/reset/:token", async (req, res) => {
  // ruleid: reset-token-without-expiry
  const user = await User.findOne({ resetPasswordToken: req.params.token });
  if (!user) return res.status(400).json({ error: "Invalid link" });
  user.password = await bcrypt.hash(req.body.password, 12);
  user.resetPasswordToken = undefined;
  await user.save();
  res.json({ ok: true });
});

module.exports = router;
