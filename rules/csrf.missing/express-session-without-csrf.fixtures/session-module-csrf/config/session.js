const session = require('express-session');

// ok: express-session-without-csrf (server.js mounts a CSRF middleware)
module.exports = session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true },
});
