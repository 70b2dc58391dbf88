const crypto = require("crypto");
const CryptoJS = require("crypto-js");
const KEY = "k8Jd2nQp7Vx4Lm9Rt3Wy6Zb1Hc5Fg0Ae";
const DERIVED = crypto.scryptSync("my passphrase", "salt", 32);

function enc(text) {
  const iv = crypto.randomBytes(16);
  // ruleid: node-cipher-hardcoded-key
  const a = crypto.createCipheriv("aes-256-cbc", "q7Wm2Lx9Pd4Rv8Tn1Kc6Hz3Jb5Ys0Fe", iv);
  // ruleid: node-cipher-hardcoded-key
  const b = crypto.createCipheriv("aes-256-cbc", KEY, iv);
  // ruleid: node-cipher-hardcoded-key
  const c = crypto.createCipheriv("aes-256-cbc", DERIVED, iv);
  // ruleid: node-cipher-hardcoded-key
  const d = CryptoJS.AES.encrypt(text, "secret passphrase").toString();
  // ok: node-cipher-hardcoded-key
  const e = crypto.createCipheriv("aes-256-gcm", Buffer.from(process.env.ENCRYPTION_KEY, "base64"), iv);
  // ok: node-cipher-hardcoded-key
  const f = CryptoJS.AES.encrypt(text, process.env.PASSPHRASE).toString();
  return { a, b, c, d, e, f };
}
module.exports = { enc };
