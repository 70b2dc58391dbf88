const express = require("express");
const session = require("express-session");
const app = express();

// ruleid: express-session-hardcoded-secret
app.use(session({ secret: "keyboard cat", resave: false, saveUninitialized: true }));

app.use(
  session({
    resave: false,
    // ruleid: express-session-hardcoded-secret
    secret: process.env.SESSION_SECRET || "dev-session-secret",
    saveUninitialized: false,
  })
);

const sessionConfig = {
  // ruleid: express-session-hardcoded-secret
  secret: 'my secret session key',
  cookie: { secure: true },
};
app.use(session(sessionConfig));

// ok: express-session-hardcoded-secret
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const stripe = {
  // ok: express-session-hardcoded-secret
  secret: process.env.STRIPE_SECRET,
};
