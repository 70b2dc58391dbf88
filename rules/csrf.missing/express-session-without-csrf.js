const express = require("express");
const session = require("express-session");
const app = express();

// ruleid: express-session-without-csrf
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post("/account/email", (req, res) => {
  req.session.email = req.body.email;
  res.redirect("/account");
});
