const Invitation = require("../models/Invitation");

const WEEK = 7 * 24 * 60 * 60 * 1000;

exports.accept = async (req, res) => {
  // ok: invite-token-without-expiry (the invite's age is checked below)
  const invitation = await Invitation.findOne({ token: req.params.token, acceptedAt: null });
  if (!invitation || Date.now() - invitation.createdAt.getTime() > WEEK) {
    return res.status(410).json({ error: "Invitation expired" });
  }
  res.json({ ok: true });
};
