const express = require("express");
const prisma = require("./db");

const router = express.Router();

router.get("/projects/:projectId/export", async (req, res) => {
  const tasks = await prisma.task.findMany({ where: { projectId: req.params.projectId } });
  // ok: js-csv-export-formula-injection (fixed header names)
  const lines = [["title", "description", "status"].join(",")];
  for (const t of tasks) {
    // ruleid: js-csv-export-formula-injection
    lines.push([t.title, t.description || "", t.status].join(","));
  }
  res.setHeader("Content-Type", "text/csv");
  res.setHeader("Content-Disposition", 'attachment; filename="tasks.csv"');
  res.send(lines.join("\n"));
});

router.get("/users/export", async (req, res) => {
  const users = await prisma.user.findMany();
  const rows = users.map(
    // ruleid: js-csv-export-formula-injection
    (u) => [u.id, u.email, u.profile?.fullName ?? "", u.createdAt.toISOString()].join(";")
  );
  res.attachment("users.csv").send(rows.join("\n"));
});

router.get("/stats/export", async (req, res) => {
  const days = await prisma.stat.findMany();
  // ok: js-csv-export-formula-injection (ids, counts and dates only)
  const rows = days.map((d) => [d.id, d.count, d.createdAt.toISOString()].join(","));
  res.type("text/csv").send(rows.join("\n"));
});

router.get("/orders/export", async (req, res) => {
  const orders = await prisma.order.findMany();
  // ruleid: js-csv-export-formula-injection
  const rows = orders.map((o) => Object.values(o).join(","));
  res.type("text/csv").send(rows.join("\n"));
});

module.exports = router;
