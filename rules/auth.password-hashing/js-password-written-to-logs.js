const express = require("express");
const passport = require("passport");
const bcrypt = require("bcrypt");

const router = express.Router();

router.post("/login", (req, res, next) => {
  // ruleid: js-password-written-to-logs
  console.log("Login attempt:", req.body);
  passport.authenticate("local", (err, user) => {
    if (err) return next(err);
    if (!user) return res.status(401).json({ error: "Invalid email or password" });
    return req.logIn(user, (e) => (e ? next(e) : res.json({ id: user.id })));
  })(req, res, next);
});

router.post("/auth/register", async (req, res) => {
  const { email, password } = req.body;
  // ruleid: js-password-written-to-logs
  logger.info({ body: req.body }, "register");
  // ruleid: js-password-written-to-logs
  console.log(`register ${email} with`, password);
  // ok: js-password-written-to-logs (only the email)
  console.info("register", { email });
  // ok: js-password-written-to-logs (the word in a message, not the value)
  console.warn("password too short for", email);
  const hash = await bcrypt.hash(password, 12);
  res.status(201).json({ ok: true, hash: !!hash });
});

router.post("/change-password", async (req, res) => {
  // ruleid: js-password-written-to-logs
  console.debug("change password", JSON.stringify(req.body));
  // ok: js-password-written-to-logs (a length, not the password)
  console.debug("new password length", req.body.newPassword.length);
  // ok: js-password-written-to-logs (redacted)
  console.log("change password", { ...req.body, newPassword: "[redacted]" });
  res.json({ ok: true });
});

router.post("/projects", async (req, res) => {
  // ok: js-password-written-to-logs (not an auth route, no password in this body)
  console.log("create project", req.body);
  res.status(201).json({ ok: true });
});

router.post("/signin", async (req, res) => {
  if (process.env.NODE_ENV !== "production") {
    // ok: js-password-written-to-logs (development only)
    console.log("signin body", req.body);
  }
  res.json({ ok: true });
});

router.post("/session", async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  const ok = await bcrypt.compare(req.body.password, user.passwordHash);
  // ruleid: js-password-written-to-logs
  console.log("session request", req.body, ok);
  // ok: js-password-written-to-logs (the result of the check)
  console.log("password ok?", ok, user.passwordHash ? "hash set" : "no hash");
  res.json({ ok });
});

module.exports = router;
