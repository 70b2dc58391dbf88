// The invite is created over several lines (the usual Prettier layout).
import { Router } from "express";
import { getDb } from "../lib/prisma.js";

const router = Router();

// ruleid: js-math-random-for-secret
const makeCode = () => Math.random().toString(36).slice(2, 8).toUpperCase();

// ok: js-math-random-for-secret
const makeSlug = () => Math.random().toString(36).slice(2, 8);

router.post("/", async (req, res) => {
  const invite = await getDb().invite.create({
    data: { code: makeCode(), orgId: req.body.orgId },
  });
  res.status(201).json(invite);
});

router.post("/boards", async (req, res) => {
  const board = await getDb().board.create({
    data: { slug: makeSlug(), title: String(req.body.title) },
  });
  // an invitation e-mail is sent elsewhere; this code is a public slug
  res.status(201).json(board);
});

export default router;
