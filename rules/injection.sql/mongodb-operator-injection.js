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

router.post('/reset-password', async (req, res, next) => {
  try {
    const { token, password } = req.body;
    // ruleid: mongodb-operator-injection (destructured token next to an expiry operator)
    const user = await User.findOne({ resetToken: token, resetTokenExpires: { $gt: Date.now() } });
    if (!user) return res.status(400).json({ message: 'Reset link is invalid or has expired' });
    user.password = password;
    await user.save();
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

router.post('/verify-email', async (req, res) => {
  const { code, email } = req.body;
  // ruleid: mongodb-operator-injection
  const user = await User.findOneAndUpdate({ email, verifyCode: code, verifyExpires: { $gte: new Date() } }, { verified: true });
  res.json({ ok: !!user });
});

router.post('/reset-password-hashed', async (req, res) => {
  const { token, password } = req.body;
  const hashed = crypto.createHash('sha256').update(String(token)).digest('hex');
  // ok: mongodb-operator-injection (the filter value is a hash string computed here)
  const user = await User.findOne({ resetToken: hashed, resetTokenExpires: { $gt: Date.now() } });
  res.json({ ok: !!user, password: !!password });
});

router.get('/search/advanced', async (req, res) => {
  const { minPrice = 0, maxPrice = 100000 } = req.query;
  const priceClause = `this.price >= ${minPrice} && this.price <= ${maxPrice}`;
  // ok: mongodb-operator-injection (a `$where` string in a variable: mongodb-where-javascript-injection)
  const listings = await Listing.find({ $where: priceClause });
  // ok: mongodb-operator-injection (only operator objects: their values are data, not operators)
  const cheap = await Listing.find({ price: { $gte: Number(minPrice), $lte: Number(maxPrice) } });
  res.json({ listings, cheap });
});

router.post('/reset-password-cast', async (req, res) => {
  const { token } = req.body;
  // ok: mongodb-operator-injection (cast to a string)
  const user = await User.findOne({ resetToken: String(token), resetTokenExpires: { $gt: Date.now() } });
  res.json({ ok: !!user });
});
