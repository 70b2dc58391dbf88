const jwt = require("jsonwebtoken");

function login(user) {
  // ruleid: jwt-sign-without-expiry
  const token = jwt.sign({ id: user.id, role: user.role }, process.env.JWT_SECRET);
  // ruleid: jwt-sign-without-expiry
  const other = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { algorithm: "HS256" });
  // ok: jwt-sign-without-expiry
  const good = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ok: jwt-sign-without-expiry
  const withExp = jwt.sign({ id: user.id, exp: Math.floor(Date.now() / 1000) + 900 }, process.env.JWT_SECRET);
  const opts = { expiresIn: "1h", algorithm: "HS256" };
  // ok: jwt-sign-without-expiry
  const viaVar = jwt.sign({ id: user.id }, process.env.JWT_SECRET, opts);
  // ok: jwt-sign-without-expiry
  // jwt.sign({ id: user.id }, secret) in a comment is not code
  const s = "jwt.sign(payload, secret) in a string is not code";
  return { token, other, good, withExp, viaVar, s };
}

function withSpread(payload) {
  // ok: jwt-sign-without-expiry
  return jwt.sign(payload, process.env.JWT_SECRET, { ...signOptions, subject: payload.id });
}

function withCallback(payload, cb) {
  // ruleid: jwt-sign-without-expiry
  jwt.sign(payload, process.env.JWT_SECRET, (err, token) => cb(err, token));
}

function withOptions(payload, options) {
  // ok: jwt-sign-without-expiry
  return jwt.sign(payload, process.env.JWT_SECRET, options);
}

module.exports = { login, withOptions, withSpread, withCallback };
