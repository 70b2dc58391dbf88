const express = require("express");
const mongoose = require("mongoose");
const User = mongoose.model("User");
const app = express();

app.post("/api/reset", async (req, res) => {
  const resetCode = req.body.code;
  // ruleid: reset-token-lookup-matches-null
  const user = await User.findOne({ resetCode: resetCode });
  if (!user) return res.status(400).end();
  res.json({ ok: true });
});

app.post("/api/reset-safe", async (req, res) => {
  // ok: reset-token-lookup-matches-null
  const user = await User.findOne({ resetCode: String(req.body.code || "-") });
  res.json({ ok: Boolean(user) });
});
