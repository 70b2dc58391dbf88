const express = require("express");
const bcrypt = require("bcryptjs");
const User = require("./models/User");

const router = express.Router();

router.post("/register", async (req, res) => {
  const user = { ...req.body, email: String(req.body.email).toLowerCase(), createdAt: new Date() };
  user.passwordHash = await bcrypt.hash(String(req.body.password), 12);
  delete user.password;
  // ruleid: js-mass-assignment-request-body
  const created = await User.create(user);
  res.status(201).json({ id: created.id });
});

router.post("/register2", async (req, res) => {
  const user = {
    email: String(req.body.email).toLowerCase(),
    name: String(req.body.name || ""),
    passwordHash: await bcrypt.hash(String(req.body.password), 12),
  };
  // ok: js-mass-assignment-request-body
  const created = await User.create(user);
  res.status(201).json({ id: created.id });
});

module.exports = router;
