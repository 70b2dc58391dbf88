const jwt = require("jsonwebtoken");

// ruleid: jwt-hardcoded-secret (high: only used where the variable is unset)
const SECRET = process.env.JWT_SECRET || "super-secret-key";
// ok: jwt-hardcoded-secret
const FROM_ENV = process.env.JWT_SECRET;
// ok: jwt-hardcoded-secret
const EMPTY_DEFAULT = process.env.JWT_SECRET ?? "";
const LITERAL_KEY = "hunter2hunter2";

function login(user) {
  // ruleid: jwt-hardcoded-secret (critical: every token is signed with it)
  const a = jwt.sign({ id: user.id }, "secret", { expiresIn: "1h" });
  // ruleid: jwt-hardcoded-secret
  const b = jwt.sign({ id: user.id, role: String(user.role) }, 'changeme');
  // ruleid: jwt-hardcoded-secret (critical: a constant holding the key)
  const c = jwt.sign({ user: { id: user.id } }, LITERAL_KEY, { expiresIn: "1h" });
  // ok: jwt-hardcoded-secret
  const d = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: "1h" });
  // ok: jwt-hardcoded-secret
  const e = jwt.sign({ id: user.id }, SECRET, { expiresIn: "1h" });
  return { a, b, c, d, e };
}

function check(token) {
  // ruleid: jwt-hardcoded-secret
  return jwt.verify(token, `my_jwt_secret`, { algorithms: ["HS256"] });
}

function checkEnv(token) {
  // ok: jwt-hardcoded-secret
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
}

module.exports = { login, check, checkEnv };
