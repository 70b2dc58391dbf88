const crypto = require("crypto");
const md5 = require("md5");
const CryptoJS = require("crypto-js");

async function register(req, res) {
  const { email, password } = req.body;
  // ruleid: node-password-fast-hash
  const hash = crypto.createHash("sha256").update(password).digest("hex");
  // ruleid: node-password-fast-hash
  const legacy = md5(password + process.env.SALT);
  // ruleid: node-password-fast-hash
  const h2 = CryptoJS.SHA256(req.body.password).toString();
  const h3 = crypto
    // ruleid: node-password-fast-hash
    .createHash("md5")
    .update(salt + user.password)
    .digest("hex");
  // ok: node-password-fast-hash
  const resetTokenHash = crypto.createHash("sha256").update(resetToken).digest("hex");
  // ok: node-password-fast-hash
  const passwordResetToken = crypto.createHash("sha256").update(token).digest("hex");
  // ok: node-password-fast-hash
  const etag = crypto.createHash("md5").update(body).digest("hex");
  // ok: node-password-fast-hash
  const checksum = md5(fileBuffer);
  res.json({ email, hash, legacy, h2, h3, resetTokenHash, passwordResetToken, etag, checksum });
}
module.exports = { register };
