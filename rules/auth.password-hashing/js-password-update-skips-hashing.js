const bcrypt = require("bcryptjs");
const User = require("../models/User"); // hashes in UserSchema.pre('save')

exports.resetPassword = async (req, res) => {
  const user = await User.findOne({ resetPasswordToken: String(req.params.token) });
  if (!user) return res.status(400).json({ message: "Invalid token" });
  // ruleid: js-password-update-skips-hashing
  await User.updateOne(
    { _id: user._id },
    { password: req.body.password, resetPasswordToken: undefined }
  );
  res.json({ message: "Password updated" });
};

exports.changePassword = async (req, res) => {
  const { newPassword } = req.body;
  // ruleid: js-password-update-skips-hashing
  await User.findByIdAndUpdate(req.user.id, { password: newPassword });
  res.json({ ok: true });
};

exports.changePasswordHashed = async (req, res) => {
  const hashed = await bcrypt.hash(String(req.body.password), 12);
  // ok: js-password-update-skips-hashing
  await User.updateOne({ _id: req.user.id }, { password: hashed });
  res.json({ ok: true });
};

exports.changePasswordViaSave = async (req, res) => {
  const user = await User.findById(req.user.id);
  user.password = req.body.password;
  // ok: js-password-update-skips-hashing
  await user.save();
  res.json({ ok: true });
};

exports.updateProfile = async (req, res) => {
  // A field named like a password but not one: nothing to hash.
  // ok: js-password-update-skips-hashing
  await User.updateOne({ _id: req.user.id }, { name: req.body.name, passwordHint: req.body.hint });
  res.json({ ok: true });
};

exports.supabaseChange = async (req, res) => {
  const { password } = req.body;
  // ok: js-password-update-skips-hashing
  const { error } = await supabase.auth.updateUser({ password });
  res.json({ ok: !error });
};
