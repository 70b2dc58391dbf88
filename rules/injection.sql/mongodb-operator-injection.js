const express = require("express");
const mongoose = require("mongoose");
const User = require("./models/User");
const router = express.Router();

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  // ruleid: mongodb-operator-injection
  const user = await User.findOne({ email, password });
  // ruleid: mongodb-operator-injection
  const other = await User.findOne({ email: req.body.email, active: true });
  res.json({ user, other });
});

router.get("/users", async (req, res) => {
  // ruleid: mongodb-operator-injection
  const users = await User.find(req.query);
  // ok: mongodb-operator-injection (a `$where` string: mongodb-where-javascript-injection)
  const n = await User.countDocuments({ $where: `this.age > ${req.query.age}` });
  // ok: mongodb-operator-injection
  const mine = await User.find({ owner: req.user.id });
  // ok: mongodb-operator-injection
  const byId = await User.findById(req.params.id);
  // ok: mongodb-operator-injection
  const one = await User.findOne({ email: String(req.query.email) });
  // ok: mongodb-operator-injection
  const list = [1, 2, 3].find((x) => x === 2);
  res.json({ users, n, mine, byId, one, list });
});

router.post("/validated", async (req, res) => {
  const { email } = loginSchema.parse(req.body);
  // ok: mongodb-operator-injection
  const user = await User.findOne({ email });
  res.json(user);
});

module.exports = router;

router.post("/login-hashed", async (req, res) => {
  const { email, password } = req.body;
  // ok: mongodb-operator-injection
  const user = await User.findOne({ email });
  if (!user || !(await bcrypt.compare(password, user.password))) return res.status(401).end();
  res.json({ id: user.id });
});

router.post("/reset/:token", async (req, res) => {
  const user = await User.findOne({ resetPasswordToken: String(req.params.token) });
  // The request value is in the update document, not in the filter: no operator can widen it.
  // ok: mongodb-operator-injection
  await User.updateOne(
    { _id: user._id },
    { password: await bcrypt.hash(String(req.body.password), 12), note: req.body.note }
  );
  res.json({ ok: true });
});

router.post("/search", async (req, res) => {
  // ruleid: mongodb-operator-injection
  const users = await User.find({ $or: [{ email: req.body.q }, { name: req.body.q }] });
  res.json(users);
});
