// Invite and join codes: whoever guesses one joins the org.
import { Router } from "express";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();
const router = Router();

// ruleid: js-math-random-for-secret
const makeCode = () => Math.random().toString(36).slice(2, 8).toUpperCase();

router.post("/invites", async (req, res) => {
  const invite = await prisma.invite.create({ data: { code: makeCode(), orgId: String(req.body.orgId) } });
  res.status(201).json(invite);
});

// ok: js-math-random-for-secret
const makeRoomCode = () => Math.random().toString(36).slice(2, 6);

router.post("/rooms", async (req, res) => {
  const room = await prisma.room.create({ data: { code: makeRoomCode(), title: String(req.body.title) } });
  res.status(201).json(room);
});

router.post("/teams/:id/invite", async (req, res) => {
  // ruleid: js-math-random-for-secret
  const code = Math.random().toString(36).slice(2, 10);
  await prisma.invitation.create({ data: { code, teamId: req.params.id } });
  res.json({ ok: true });
});

router.post("/colors", async (_req, res) => {
  // ok: js-math-random-for-secret
  const code = Math.floor(Math.random() * 360);
  res.json({ hue: code });
});

export default router;
