const express = require("express");
const crypto = require("crypto");
const { sendMail } = require("../lib/mailer");
const { User } = require("../models");

const router = express.Router();

router.post("/api/auth/forgot-password", async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  if (user) {
    const token = crypto.randomBytes(32).toString("hex");
    await user.update({ resetToken: token, resetExpires: Date.now() + 30 * 60 * 1000 });
    // ruleid: reset-link-from-host-header
    const resetUrl = `${req.protocol}://${req.headers.host}/reset-password?token=${token}`;
    await sendMail(user.email, "Reset your password", `<a href="${resetUrl}">Reset</a>`);
  }
  // ok: reset-link-from-host-header (logging the host is not a link)
  console.log("password reset requested via", req.headers.host);
  res.json({ message: "If that account exists, a link was sent" });
});

router.post("/api/auth/send-verification", async (req, res) => {
  const token = crypto.randomBytes(24).toString("hex");
  await saveVerificationToken(req.user.id, token);
  // ruleid: reset-link-from-host-header
  const base = req.protocol + "://" + req.get("host");
  await sendMail(req.user.email, "Confirm your email", `${base}/verify-email?token=${token}`);
  res.json({ sent: true });
});

router.post("/api/teams/:id/invite", async (req, res) => {
  const invite = await createInvite(req.params.id, req.body.email);
  // ruleid: reset-link-from-host-header
  const link = `https://${req.headers["x-forwarded-host"]}/join/${invite.code}`;
  await sendMail(req.body.email, "You are invited", link);
  res.status(201).json({ id: invite.id });
});

router.post("/api/auth/magic-link", async (req, res) => {
  const token = await createLoginToken(req.body.email);
  // ruleid: reset-link-from-host-header
  await sendMail(req.body.email, "Sign in", `${req.protocol}://${req.hostname}/auth/magic?token=${token}`);
  res.json({ ok: true });
});

router.post("/api/auth/forgot-password-safe", async (req, res) => {
  const token = crypto.randomBytes(32).toString("hex");
  await storeResetToken(req.body.email, token);
  // ok: reset-link-from-host-header (configured base URL)
  const resetUrl = `${process.env.APP_URL}/reset-password?token=${token}`;
  await sendMail(req.body.email, "Reset your password", resetUrl);
  res.json({ message: "If that account exists, a link was sent" });
});

router.post("/api/auth/resend-confirmation", async (req, res) => {
  const token = await newConfirmationToken(req.user.id);
  // ok: reset-link-from-host-header (the env value wins; the host is a local fallback)
  const base = process.env.APP_URL || `http://${req.headers.host}`;
  await sendMail(req.user.email, "Confirm your email", `${base}/confirm?token=${token}`);
  res.json({ sent: true });
});

router.get("/api/auth/verify-email", async (req, res) => {
  await markVerified(req.query.token);
  // ok: reset-link-from-host-header (a redirect back to the caller's own host is not sent to anyone)
  res.redirect(`${req.protocol}://${req.get("host")}/login?verified=1`);
});

router.get("/api/status", (req, res) => {
  // ok: reset-link-from-host-header (not a reset or verification link)
  res.json({ host: req.headers.host, uptime: process.uptime() });
});

router.post("/api/auth/reset-password", async (req, res) => {
  // ok: reset-link-from-host-header (an allow-list check on the host)
  if (!ALLOWED_HOSTS.includes(req.headers.host)) return res.status(400).end();
  await resetPassword(req.body.token, req.body.password);
  res.json({ ok: true });
});

module.exports = router;
