const express = require("express");
const bcrypt = require("bcrypt");
const passport = require("passport");
const { Strategy: LocalStrategy } = require("passport-local");
const { prisma } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.post("/api/auth/login", async (req, res) => {
  const { email, password } = req.body;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) {
    // ruleid: login-user-enumeration
    return res.status(404).json({ error: "User not found" });
  }
  const valid = await bcrypt.compare(password, user.password);
  if (!valid) {
    // ok: login-user-enumeration (the wrong-password branch is not the oracle by itself)
    return res.status(401).json({ error: "Wrong password" });
  }
  res.json({ id: user.id });
});

router.post("/api/auth/forgot-password", async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: req.body.email } });
  // ruleid: login-user-enumeration
  if (!user) return res.status(404).json({ error: "No user registered with this email" });
  await sendResetEmail(user);
  res.json({ message: "Reset link sent" });
});

router.post("/api/auth/signin", async (req, res) => {
  const { email, password } = req.body;
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
    // ok: login-user-enumeration (a format check, not a lookup)
    return res.status(400).json({ error: "Invalid email" });
  }
  const user = await prisma.user.findUnique({ where: { email } });
  // ruleid: login-user-enumeration
  if (!user) return res.status(401).json({ error: "Invalid email" });
  if (!(await bcrypt.compare(password, user.password))) {
    return res.status(401).json({ error: "Invalid password" });
  }
  res.json({ id: user.id });
});

router.post("/api/auth/magic-login", async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  // ruleid: login-user-enumeration (the address is concatenated after the message)
  if (!user) return res.status(404).json({ error: "No account for " + req.body.email });
  // ok: login-user-enumeration (the same sentence for everyone)
  await sendLoginLink(user, "Sent a link if there is an account for " + req.body.email);
  res.json({ ok: true });
});

router.post("/api/auth/login-safe", async (req, res) => {
  const { email, password } = req.body;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.password))) {
    // ok: login-user-enumeration
    return res.status(401).json({ error: "Invalid email or password" });
  }
  res.json({ id: user.id });
});

router.post("/api/auth/register", async (req, res) => {
  const exists = await prisma.user.findUnique({ where: { email: req.body.email } });
  // ok: login-user-enumeration (sign-up has to say it; a known trade-off)
  if (exists) return res.status(409).json({ error: "Email already registered" });
  const user = await prisma.user.create({ data: { email: req.body.email, password: await bcrypt.hash(req.body.password, 12) } });
  res.status(201).json({ id: user.id });
});

router.get("/api/admin/users/:id", requireAuth, async (req, res) => {
  const user = await prisma.user.findUnique({ where: { id: req.params.id } });
  // ok: login-user-enumeration (an admin lookup, not a credential check)
  if (!user) return res.status(404).json({ error: "User not found" });
  const { password, ...safe } = user;
  res.json(safe);
});

router.post("/api/auth/change-password", requireAuth, async (req, res) => {
  const user = await prisma.user.findUnique({ where: { id: req.user.id } });
  // ok: login-user-enumeration (the account comes from the session)
  if (!user) return res.status(404).json({ error: "User not found" });
  if (!(await bcrypt.compare(req.body.currentPassword, user.password))) {
    return res.status(400).json({ error: "Current password is incorrect" });
  }
  res.json({ ok: true });
});

passport.use(
  new LocalStrategy({ usernameField: "email" }, async (email, password, done) => {
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user) {
      // ruleid: login-user-enumeration
      return done(null, false, { message: "No account found with that email" });
    }
    if (!(await bcrypt.compare(password, user.password))) {
      // ok: login-user-enumeration
      return done(null, false, { message: "Incorrect password" });
    }
    // ok: login-user-enumeration (logged on the server only)
    console.warn("User not found in cache, loaded from db", email);
    return done(null, user);
  })
);

module.exports = router;
