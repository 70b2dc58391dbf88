// fixture-path: src/routes/memberships.js
const express = require("express");
const { prisma } = require("../db");
const { requireAuth, requireOrgRole } = require("../middleware/auth");

const router = express.Router();

router.patch("/orgs/:orgId/members/:userId", requireAuth, async (req, res) => {
  const member = await prisma.membership.findFirst({ where: { orgId: req.params.orgId, userId: req.user.id } });
  if (!member) return res.status(403).end();
  const updated = await prisma.membership.update({
    where: { orgId_userId: { orgId: req.params.orgId, userId: req.params.userId } },
    // ruleid: member-role-change-without-role-check
    data: { role: req.body.role },
  });
  res.json(updated);
});

router.put("/orgs/:orgId/members/:userId", requireAuth, async (req, res) => {
  await requireOrgRole(req, ["owner", "admin"]);
  const updated = await prisma.membership.update({
    where: { orgId_userId: { orgId: req.params.orgId, userId: req.params.userId } },
    // ok: member-role-change-without-role-check (role guard)
    data: { role: req.body.role },
  });
  res.json(updated);
});

router.patch("/profile", requireAuth, async (req, res) => {
  const user = await prisma.user.update({
    where: { id: req.user.id },
    // ok: member-role-change-without-role-check (not a membership)
    data: { displayName: req.body.displayName },
  });
  res.json(user);
});

module.exports = router;
