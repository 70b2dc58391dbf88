const express = require("express");
const session = require("express-session");
const passport = require("passport");
const notes = require("./routes/notes");

const app = express();
app.use(express.urlencoded({ extended: false }));
// ruleid: express-session-without-csrf (the state-changing routes live in the mounted routers)
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(passport.session());
app.use("/notes", notes);
app.use("/account", require("./routes/account"));

app.listen(3000);
