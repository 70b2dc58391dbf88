const express = require("express");
const session = require("express-session");
const csrf = require("csurf");
const app = express();

// ok: express-session-without-csrf
app.use(session({ secret: process.env.SESSION_SECRET }));
app.use(csrf());

app.post("/account/email", (req, res) => res.redirect("/account"));
