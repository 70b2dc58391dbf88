const router = require('express').Router();
const passport = require('passport');

router.get('/auth/google/callback', passport.authenticate('google', { failureRedirect: '/login' }), (req, res) => {
  const to = req.session.returnTo ?? '/app';
  delete req.session.returnTo;
  // ruleid: express-open-redirect-through-session
  res.redirect(302, to);
});

router.get('/auth/apple/callback', (req, res) => {
  const to = req.session.appleState;
  // ok: express-open-redirect-through-session (nothing stores request data under this key)
  res.redirect(302, to);
});

module.exports = router;
