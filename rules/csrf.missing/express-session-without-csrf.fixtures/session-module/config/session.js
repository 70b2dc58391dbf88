const session = require('express-session');

// ruleid: express-session-without-csrf (the app in server.js has cookie-authenticated POST/DELETE routes)
module.exports = session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true },
});
