const jwt = require("jsonwebtoken");
const { SignJWT } = require("jose");

function issue(user, key) {
  // ruleid: jwt-expiry-too-long
  const a = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: "30d" });
  // ruleid: jwt-expiry-too-long
  const b = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: '365d' });
  // ruleid: jwt-expiry-too-long
  const c = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: "1y" });
  // ruleid: jwt-expiry-too-long
  const d = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: 60 * 60 * 24 * 30 });
  // ruleid: jwt-expiry-too-long
  const e = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: 2592000 });
  // ruleid: jwt-expiry-too-long
  const f = jwt.sign({ id: user.id, exp: Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 90 }, process.env.JWT_SECRET);
  // ruleid: jwt-expiry-too-long
  const g = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: "720h" });
  // ruleid: jwt-expiry-too-long
  const h = new SignJWT({ sub: user.id }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("30 days").sign(key);
  return { a, b, c, d, e, f, g, h };
}

function fine(user, key) {
  // ok: jwt-expiry-too-long
  const a = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ok: jwt-expiry-too-long
  const b = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: "7d" });
  // ok: jwt-expiry-too-long
  const c = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: "24h" });
  // ok: jwt-expiry-too-long
  const d = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: 3600 });
  // ok: jwt-expiry-too-long
  const refreshToken = jwt.sign({ id: user.id }, process.env.REFRESH_SECRET, { expiresIn: "30d" });
  // ok: jwt-expiry-too-long
  const e = new SignJWT({ sub: user.id }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("2h").sign(key);
  // ok: jwt-expiry-too-long
  const f = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: 60 * 60 * 24 * 7 });
  return { a, b, c, d, refreshToken, e, f };
}

function createRefreshToken(user) {
  const tokenId = crypto.randomUUID();
  const payload = { sub: user.id, jti: tokenId };
  // ok: jwt-expiry-too-long
  return jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: "30d" });
}

const signRefresh = (userId) => {
  const claims = { sub: userId };
  const opts = { algorithm: "HS256" };
  // ok: jwt-expiry-too-long
  return jwt.sign(claims, process.env.JWT_SECRET, { ...opts, expiresIn: "14d" });
};

async function refreshAccess(user) {
  const claims = { sub: user.id };
  const opts = { algorithm: "HS256" };
  // ruleid: jwt-expiry-too-long
  return jwt.sign(claims, process.env.JWT_SECRET, { ...opts, expiresIn: "30d" });
}

module.exports = { issue, fine, createRefreshToken, signRefresh, refreshAccess };
