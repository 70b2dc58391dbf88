const crypto = require("crypto");
const ITERATIONS = 1000;

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  // ruleid: node-password-weak-kdf-params
  const a = crypto.pbkdf2Sync(password, salt, 10000, 64, "sha512");
  // ruleid: node-password-weak-kdf-params
  const b = crypto.pbkdf2Sync(password, salt, ITERATIONS, 64, "sha512");
  // ruleid: node-password-weak-kdf-params
  const c = crypto.pbkdf2Sync(password, "static-salt", 600000, 32, "sha256");
  // ruleid: node-password-weak-kdf-params
  const d = crypto.pbkdf2Sync(password, Buffer.from("pepper"), 600000, 32, "sha256");
  // ok: node-password-weak-kdf-params
  const e = crypto.pbkdf2Sync(password, salt, 600000, 32, "sha256");
  // ok: node-password-weak-kdf-params
  const f = crypto.scryptSync(password, salt, 64);
  // ok: node-password-weak-kdf-params
  const g = crypto.pbkdf2Sync(password, salt, 310_000, 32, "sha256");
  return { a, b, c, d, e, f, g };
}
module.exports = { hashPassword };
