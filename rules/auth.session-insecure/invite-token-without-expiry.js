const express = require("express");
const crypto = require("crypto");
const prisma = require("./db");
const requireAuth = require("./requireAuth");

const router = express.Router();
router.use(requireAuth);

router.post("/teams/:teamId/invites", async (req, res) => {
  const token = crypto.randomBytes(32).toString("hex");
  await prisma.invite.create({ data: { email: req.body.email, teamId: req.params.teamId, token } });
  res.status(201).json({ ok: true });
});

router.post("/invites/:token/accept", async (req, res, next) => {
  try {
    // ruleid: invite-token-without-expiry
    const invite = await prisma.invite.findUnique({ where: { token: req.params.token } });
    if (!invite || invite.acceptedAt) return res.status(404).json({ error: "Invite not found" });
    await prisma.$transaction([
      prisma.membership.create({ data: { userId: req.user.id, teamId: invite.teamId } }),
      prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } }),
    ]);
    res.json({ teamId: invite.teamId });
  } catch (err) {
    next(err);
  }
});

router.get("/invites/mine", async (req, res) => {
  // ok: invite-token-without-expiry (listed by email, not redeemed by token)
  const invites = await prisma.invite.findMany({ where: { email: req.user.email } });
  res.json(invites);
});

module.exports = router;
