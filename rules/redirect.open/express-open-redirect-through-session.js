const express = require('express');
const passport = require('passport');

const router = express.Router();

router.get(
  '/google',
  (req, res, next) => {
    if (req.query.returnTo) req.session.returnTo = req.query.returnTo;
    next();
  },
  passport.authenticate('google', { scope: ['profile', 'email'] })
);

router.get('/google/callback', passport.authenticate('google', { failureRedirect: '/login' }), (req, res) => {
  const destination = req.session.returnTo || process.env.WEB_ORIGIN;
  delete req.session.returnTo;
  // ruleid: express-open-redirect-through-session
  res.redirect(destination);
});

router.get('/github', (req, res, next) => {
  req.session.next = req.body.next;
  next();
});

router.get('/github/callback', (req, res) => {
  // ruleid: express-open-redirect-through-session
  res.redirect(req.session.next || '/');
});

// The standard "log in to continue" guard stores the app's own path.
function ensureLoggedIn(req, res, next) {
  if (!req.user) {
    req.session.lastPath = req.originalUrl;
    return res.redirect('/login');
  }
  next();
}

router.post('/login', (req, res) => {
  const back = req.session.lastPath || '/';
  // ok: express-open-redirect-through-session (set from req.originalUrl, a path on this site)
  res.redirect(back);
});

router.get('/cart/resume', (req, res) => {
  const cart = req.session.returnTo;
  console.log('resuming', cart);
  // ok: express-open-redirect-through-session (the session value is not what is followed)
  res.redirect('/cart');
});

router.get('/gitlab', (req, res, next) => {
  const wanted = String(req.query.back || '');
  if (wanted.startsWith('/') && !wanted.startsWith('//')) req.session.back = req.query.back;
  next();
});

router.get('/gitlab/callback', (req, res) => {
  // ok: express-open-redirect-through-session (checked before it was stored)
  res.redirect(req.session.back || '/');
});

module.exports = router;
