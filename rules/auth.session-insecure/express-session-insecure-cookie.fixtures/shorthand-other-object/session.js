const session = require('express-session');

// A variable named `cookie` that is not the session's options (a CSRF helper's settings).
const cookie = {
  // ok: express-session-insecure-cookie
  secure: false,
  key: '_csrf',
};

const options = { httpOnly: true, secure: true, sameSite: 'lax' };

module.exports = {
  csrfCookie: cookie,
  sessionMiddleware: session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: options }),
};
