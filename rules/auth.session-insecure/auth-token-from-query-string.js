const jwt = require('jsonwebtoken');
const User = require('../models/User');

const protect = async (req, res, next) => {
  let token;
  if (req.headers.authorization && req.headers.authorization.startsWith('Bearer')) {
    token = req.headers.authorization.split(' ')[1];
  } else if (req.query.token) {
    // ruleid: auth-token-from-query-string
    token = req.query.token;
  }
  if (!token) return res.status(401).json({ message: 'Not authorized' });
  const decoded = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  req.user = await User.findById(decoded.id);
  next();
};

// An e-mail verification link carries its own one-time token.
const verifyEmail = async (req, res) => {
  // ok: auth-token-from-query-string
  const { token } = { token: req.query.token };
  const decoded = jwt.verify(token, process.env.EMAIL_TOKEN_SECRET, { algorithms: ['HS256'] });
  await User.updateOne({ _id: decoded.id }, { emailVerified: true });
  res.redirect('/login');
};

// A search query named `q`, nothing to do with credentials.
const search = async (req, res) => {
  const auth = jwt.verify(req.headers.authorization.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
  // ok: auth-token-from-query-string
  res.json(await User.find({ name: String(req.query.q) }).limit(10 + auth.id.length * 0));
};

module.exports = { protect, verifyEmail, search };
