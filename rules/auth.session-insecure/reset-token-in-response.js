const express = require("express");
const crypto = require("crypto");
const router = express.Router();

router.post("/forgot-password", async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  if (!user) return res.json({ message: "If that email exists, a reset link was sent" });
  const resetToken = crypto.randomBytes(32).toString("hex");
  await user.updateOne({ resetToken });
  // ruleid: reset-token-in-response
  res.json({ message: "If that email exists, a reset link was sent", resetToken });
});

router.post("/forgot", async (req, res) => {
  const token = crypto.randomBytes(32).toString("hex");
  await saveToken(req.body.email, token);
  // ruleid: reset-token-in-response (a plain token key in a forgot-password answer)
  return res.status(200).json({ ok: true, token });
});

router.post("/send-verification", async (req, res) => {
  const verificationToken = crypto.randomBytes(16).toString("hex");
  await saveVerification(req.user.id, verificationToken);
  // ruleid: reset-token-in-response
  res.json({ sent: true, verificationLink: `${APP_URL}/verify?token=${verificationToken}` });
});

router.post("/reset-password", async (req, res) => {
  const user = await resetPassword(req.body.token, req.body.password);
  // ok: reset-token-in-response (a new session token after a completed reset, not the reset token)
  res.json({ token: signJwt(user) });
});

router.post("/forgot-password-safe", async (req, res) => {
  const resetToken = crypto.randomBytes(32).toString("hex");
  await mailer.send(req.body.email, resetToken);
  // ok: reset-token-in-response
  res.json({ message: "If that email exists, a reset link was sent" });
});

router.post("/forgot-password-dev", async (req, res) => {
  const resetToken = crypto.randomBytes(32).toString("hex");
  await mailer.send(req.body.email, resetToken);
  if (process.env.NODE_ENV === "development") {
    // ok: reset-token-in-response (local development only)
    return res.json({ resetToken });
  }
  res.json({ message: "sent" });
});

router.post("/verify-status", async (req, res) => {
  // ok: reset-token-in-response (a flag about the token)
  res.json({ verificationToken: false });
});

module.exports = router;
