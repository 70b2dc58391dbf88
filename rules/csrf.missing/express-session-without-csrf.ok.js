const express = require("express");
const session = require("express-session");
const app = express();

// ok: express-session-without-csrf
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: true, secure: true, sameSite: "lax" } }));

app.post("/account/email", (req, res) => {
  req.session.email = req.body.email;
  res.redirect("/account");
});
