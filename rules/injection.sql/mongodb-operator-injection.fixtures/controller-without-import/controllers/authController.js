const User = require("../models/User");
const Appointment = require("../models/Appointment");

exports.resetPassword = async (req, res) => {
  // ruleid: mongodb-operator-injection
  const user = await User.findOne({ resetToken: req.body.token, resetTokenExpires: { $gt: Date.now() } });
  if (!user) return res.status(400).json({ message: "Invalid or expired token" });
  user.password = req.body.password;
  await user.save();
  res.json({ message: "Password updated" });
};

exports.search = async (req, res) => {
  const q = req.query.q;
  // ok: mongodb-operator-injection (reported by mongodb-where-javascript-injection)
  const rows = await Appointment.find({ $where: "this.reason.indexOf('" + q + "') !== -1" });
  res.json(rows);
};

exports.byStatus = async (req, res) => {
  // ok: mongodb-operator-injection
  const rows = await Appointment.find({ status: String(req.query.status || "open") });
  res.json(rows);
};
