const express = require("express");
const User = require("./models/User");

const app = express();

app.get("/api/admin/users", async (req, res) => {
  const users = await User.find({}).sort({ createdAt: -1 });
  // ruleid: js-user-rows-with-secrets-in-response
  return res.status(200).json(users);
});

app.get("/api/users", async (req, res) => {
  const users = await User.find({}).select("email");
  // ok: js-user-rows-with-secrets-in-response
  return res.json(users);
});

app.listen(3000);
