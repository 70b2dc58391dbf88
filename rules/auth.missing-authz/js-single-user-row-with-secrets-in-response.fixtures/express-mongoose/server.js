const express = require("express");
const bcrypt = require("bcryptjs");
const User = require("./models/User");

const app = express();
app.use(express.json());

app.post("/api/register", async (req, res) => {
  const user = await User.create({ email: req.body.email, password: await bcrypt.hash(req.body.password, 10) });
  // ruleid: js-single-user-row-with-secrets-in-response
  res.status(201).json(user);
});

app.post("/api/signup", async (req, res) => {
  const user = await User.create({ email: req.body.email, password: await bcrypt.hash(req.body.password, 10) });
  // ok: js-single-user-row-with-secrets-in-response
  res.status(201).json({ id: user._id, email: user.email });
});

app.get("/api/users/:id", async (req, res) => {
  const user = await User.findById(req.params.id).select("-password");
  // ok: js-single-user-row-with-secrets-in-response
  res.json(user);
});

app.listen(3000);
