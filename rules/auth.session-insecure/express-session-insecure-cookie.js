const express = require("express");
const session = require("express-session");
const app = express();

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  // ruleid: express-session-insecure-cookie
  cookie: { secure: false },
}));

app.use(session({
  secret: process.env.SESSION_SECRET,
  cookie: {
    maxAge: 86400000,
    // ruleid: express-session-insecure-cookie
    httpOnly: false,
    // ok: express-session-insecure-cookie
    secure: process.env.NODE_ENV === "production",
  },
}));

const uploads = {
  // ok: express-session-insecure-cookie
  secure: false,
};
