const express = require('express');
const session = require('express-session');

const app = express();

const sessionCookie = {
  // ruleid: express-session-insecure-cookie
  httpOnly: false, // dashboard reads it
  secure: false,
  maxAge: 30 * 24 * 60 * 60 * 1000,
};

const safeCookie = {
  httpOnly: true,
  // ok: express-session-insecure-cookie
  secure: process.env.NODE_ENV === 'production',
};

const uploadTarget = {
  bucket: 'avatars',
  // ok: express-session-insecure-cookie
  secure: false,
};

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: sessionCookie,
  })
);

app.use('/admin', session({ secret: process.env.SESSION_SECRET, cookie: safeCookie }));

app.post('/upload', (req, res) => res.json({ target: uploadTarget }));
module.exports = app;
