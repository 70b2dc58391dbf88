const { getAuth } = require("firebase-admin/auth");

async function requireUser(req, res, next) {
  // ruleid: firebase-session-cookie-revocation-not-checked
  const user = await getAuth().verifySessionCookie(req.cookies.__session || "", false).catch(() => null);
  if (!user) return res.status(401).json({ error: "Not signed in" });
  req.user = user;
  next();
}

async function requireAdmin(req, res, next) {
  // Same fix as above: one finding per project lists this place too.
  // ok: firebase-session-cookie-revocation-not-checked
  const user = await getAuth().verifySessionCookie(req.cookies.__session || "");
  if (!user || user.admin !== true) return res.status(403).end();
  next();
}

module.exports = { requireUser, requireAdmin };
