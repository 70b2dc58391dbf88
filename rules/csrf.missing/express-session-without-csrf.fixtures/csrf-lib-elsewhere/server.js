const express = require("express");
const session = require("express-session");
const passport = require("passport");
const notesRouter = require("./routes/notes");

const app = express();
app.use(express.urlencoded({ extended: false }));
// ok: express-session-without-csrf (csrf-sync is installed and used by the routers)
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(passport.session());
app.use("/notes", notesRouter);
app.use("/account", require("./routes/account"));

app.listen(3000);
