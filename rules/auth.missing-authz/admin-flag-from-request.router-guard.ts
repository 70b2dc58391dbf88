// fixture-path: src/routes/members.ts
import { Router } from "express";
import { prisma } from "../lib/prisma";
import { requireAuth, requireRole } from "../middleware/auth";

const router = Router();
router.use(requireAuth);

router.patch("/me/role", async (req, res) => {
  // ruleid: admin-flag-from-request
  const role = req.body.role === "admin" ? "admin" : "user";
  await prisma.user.update({ where: { id: req.user!.id }, data: { role } });
  res.json({ role });
});

router.use(requireRole("admin"));

router.patch("/users/:id/role", async (req, res) => {
  // ok: admin-flag-from-request (every route below the router-wide admin guard)
  const role = req.body.role === "admin" ? "admin" : "user";
  const user = await prisma.user.update({ where: { id: req.params.id }, data: { role } });
  res.json(user);
});

export default router;
