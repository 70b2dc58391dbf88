const session = require('express-session');

// ok: express-session-without-csrf (the app has no state-changing routes)
module.exports = session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true },
});
