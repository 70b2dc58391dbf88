const express = require("express");
const User = require("./models/User");

const app = express();

app.get("/api/users", async (req, res) => {
  const users = await User.find();
  // ok: js-user-rows-with-secrets-in-response (select: false on the password)
  res.json(users);
});

app.listen(3000);
