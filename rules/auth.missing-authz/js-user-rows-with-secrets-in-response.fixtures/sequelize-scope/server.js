const express = require("express");
const { User } = require("./models");

const app = express();

app.get("/api/users", async (req, res) => {
  const users = await User.findAll();
  // ok: js-user-rows-with-secrets-in-response (the default scope drops the secret columns)
  res.json(users);
});

app.listen(3000);
