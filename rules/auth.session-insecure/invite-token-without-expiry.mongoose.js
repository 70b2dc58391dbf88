const Invitation = require("../models/Invitation");

exports.accept = async (req, res) => {
  const { token } = req.body;
  // ruleid: invite-token-without-expiry
  const invitation = await Invitation.findOne({ token, status: "pending" });
  if (!invitation) return res.status(404).json({ error: "Invalid invitation" });
  invitation.status = "accepted";
  await invitation.save();
  res.json({ ok: true });
};
