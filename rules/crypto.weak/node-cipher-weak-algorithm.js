const crypto = require("crypto");
const CryptoJS = require("crypto-js");

function legacy(text, key, iv) {
  // ruleid: node-cipher-weak-algorithm
  const a = crypto.createCipheriv("aes-256-ecb", key, null);
  // ruleid: node-cipher-weak-algorithm
  const b = crypto.createCipheriv("des-ede3-cbc", key, iv);
  // ruleid: node-cipher-weak-algorithm
  const c = CryptoJS.AES.encrypt(text, key, { mode: CryptoJS.mode.ECB });
  // ruleid: node-cipher-weak-algorithm
  const d = CryptoJS.TripleDES.encrypt(text, key);
  // ok: node-cipher-weak-algorithm
  const e = crypto.createCipheriv("aes-256-gcm", key, iv);
  // ok: node-cipher-weak-algorithm
  const f = crypto.createCipheriv("chacha20-poly1305", key, iv, { authTagLength: 16 });
  return { a, b, c, d, e, f };
}
module.exports = { legacy };
