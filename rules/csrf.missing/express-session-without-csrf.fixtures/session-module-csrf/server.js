const express = require('express');
const sessionMiddleware = require('./config/session');
const methodOverride = require('method-override');
const { csrfProtection } = require('./lib/csrf');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(methodOverride('_method'));
app.use(sessionMiddleware);
app.use(csrfProtection);

function requireUser(req, res, next) {
  if (req.session.userId) return next();
  return res.redirect('/login');
}

app.post('/account/email', requireUser, (req, res) => {
  req.session.email = String(req.body.email || '').slice(0, 200);
  res.redirect('/account');
});

app.delete('/posts/:id', requireUser, (req, res) => {
  res.redirect('/posts');
});

app.listen(3000);
