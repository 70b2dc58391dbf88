const express = require("express");
const jwt = require("jsonwebtoken");
const router = express.Router();

router.get("/auth/google/callback", passport.authenticate("google", { session: false }), (req, res) => {
  const token = jwt.sign({ id: req.user.id }, process.env.JWT_SECRET, { expiresIn: "7d" });
  // ruleid: auth-token-in-url-query
  res.redirect(`${process.env.FRONTEND_URL}/auth/callback?token=${token}`);
});

router.get("/auth/github/callback", passport.authenticate("github", { session: false }), (req, res) => {
  const token = jwt.sign({ id: req.user.id }, process.env.JWT_SECRET, { expiresIn: "7d" });
  res.cookie("session", token, { httpOnly: true, secure: true, sameSite: "lax" });
  // ok: auth-token-in-url-query
  res.redirect(`${process.env.FRONTEND_URL}/dashboard`);
});

router.post("/auth/magic", async (req, res) => {
  const token = jwt.sign({ email: req.body.email }, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ok: auth-token-in-url-query (a one-time login link sent by email)
  const link = `${process.env.APP_URL}/auth/login?token=${token}`;
  await transporter.sendMail({ to: req.body.email, subject: "Your login link", text: link });
  res.status(204).end();
});

router.get("/me/pages", async (req, res) => {
  const { accessToken } = req.user;
  // ok: auth-token-in-url-query (the token goes back to the API that issued it)
  const r = await fetch(`https://graph.facebook.com/v19.0/me/accounts?access_token=${accessToken}`);
  res.json(await r.json());
});

module.exports = router;
