const router = require('express').Router();
const passport = require('passport');

router.get('/auth/google', (req, res, next) => {
  if (req.query.returnTo) req.session.returnTo = req.query.returnTo;
  next();
}, passport.authenticate('google'));

module.exports = router;
