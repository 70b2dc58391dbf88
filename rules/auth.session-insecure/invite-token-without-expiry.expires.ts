import { Router } from "express";
import { prisma } from "./db";

const router = Router();

router.post("/invites/:token/accept", async (req, res) => {
  // ok: invite-token-without-expiry (the lookup requires an unexpired invite)
  const invite = await prisma.invite.findFirst({ where: { token: req.params.token, acceptedAt: null, expiresAt: { gt: new Date() } } });
  if (!invite) return res.status(404).json({ error: "Invite not found or expired" });
  res.json({ teamId: invite.teamId });
});

export default router;
