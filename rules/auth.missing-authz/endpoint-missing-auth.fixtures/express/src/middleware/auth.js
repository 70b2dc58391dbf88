const jwt = require('jsonwebtoken');

// A real guard: verifies the token and rejects without one.
function requireAuth(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    req.user = jwt.verify(header.replace('Bearer ', ''), process.env.JWT_SECRET);
    return next();
  } catch {
    return res.status(401).json({ error: 'unauthorized' });
  }
}

// Looks like a guard, checks nothing.
function checkUser(req, res, next) {
  next();
}

module.exports = { requireAuth, checkUser };
