const express = require("express");
const session = require("express-session");
const RedisStore = require("connect-redis").default;
const app = express();

// ruleid: express-session-memory-store
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const sessionOptions = { secret: process.env.SESSION_SECRET, cookie: { secure: true } };
// ruleid: express-session-memory-store
app.use(session(sessionOptions));

// ok: express-session-memory-store
app.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SESSION_SECRET }));

const store = new RedisStore({ client: redis });
// ok: express-session-memory-store
app.use(session({ store, secret: process.env.SESSION_SECRET }));

const withStore = { store, secret: process.env.SESSION_SECRET };
// ok: express-session-memory-store
app.use(session(withStore));

// ok: express-session-memory-store
app.get("/me", (req, res) => res.json(req.session(true)));
