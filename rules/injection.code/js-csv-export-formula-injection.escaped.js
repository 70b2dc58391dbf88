const express = require("express");
const router = express.Router();

function csvCell(value) {
  let s = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return `"${s.replace(/"/g, '""')}"`;
}

router.get("/export", async (req, res) => {
  const tasks = await db.task.findMany();
  // ok: js-csv-export-formula-injection (every cell goes through csvCell)
  const rows = tasks.map((t) => [t.title, t.description].map(csvCell).join(","));
  res.setHeader("Content-Type", "text/csv");
  res.send(rows.join("\n"));
});

module.exports = router;
