const session = require('express-session');

const cookie = {
  // ruleid: express-session-insecure-cookie
  httpOnly: false, // the React app checks document.cookie to know if we're logged in
  secure: false,
  sameSite: 'lax',
  maxAge: 1000 * 60 * 60 * 24 * 30,
};

module.exports = session({
  name: 'sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: true,
  cookie,
});
