// A route that saves through a Mongoose model whose pre("save") hook hashes: not flagged.
const User = require("../models/User");

async function register(req, res) {
  const { email, password } = req.body;
  // ok: js-password-stored-plaintext
  const user = await User.create({ email, password });
  res.status(201).json({ id: user._id });
}
module.exports = { register };
