const express = require("express");
const jwt = require("jsonwebtoken");
const router = express.Router();

function requireAuth(req, res, next) {
  const token = req.headers.authorization?.split(" ")[1];
  // ruleid: jwt-decode-without-verify
  const decoded = jwt.decode(token);
  if (!decoded) return res.status(401).end();
  req.user = decoded;
  next();
}

router.delete("/admin/users/:id", async (req, res) => {
  // ruleid: jwt-decode-without-verify
  const claims = jwt.decode(req.cookies.token);
  if (claims.role !== "admin") return res.status(403).end();
  res.json({ ok: true });
});

function requireAuthVerified(req, res, next) {
  const token = req.headers.authorization?.split(" ")[1];
  // ok: jwt-decode-without-verify
  const { header } = jwt.decode(token, { complete: true });
  const key = keys[header.kid];
  req.user = jwt.verify(token, key, { algorithms: ["RS256"] });
  next();
}

function tokenExpiresSoon(token) {
  // ok: jwt-decode-without-verify
  const { exp } = jwt.decode(token);
  return exp * 1000 - Date.now() < 60000;
}

module.exports = { router, requireAuth, requireAuthVerified, tokenExpiresSoon };
