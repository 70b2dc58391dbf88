// fixture-path: config/keys.js
// A config module with no JWT library of its own: the name says what the fallback signs.
module.exports = {
  mongoURI: process.env.MONGO_URI,
  // ruleid: jwt-hardcoded-secret
  jwtSecret: process.env.JWT_SECRET || 'secret',
  // ok: jwt-hardcoded-secret
  jwtExpire: process.env.JWT_EXPIRE || '7d',
  // ok: jwt-hardcoded-secret
  sessionName: process.env.SESSION_NAME || 'sid',
};
