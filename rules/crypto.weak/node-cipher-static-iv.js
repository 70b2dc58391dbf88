const crypto = require("crypto");
const IV = Buffer.alloc(16, 0);
const STATIC_IV = "1234567890abcdef";

function enc(text, key) {
  // ruleid: node-cipher-static-iv
  const a = crypto.createCipheriv("aes-256-cbc", key, IV);
  // ruleid: node-cipher-static-iv
  const b = crypto.createCipheriv("aes-256-cbc", key, STATIC_IV);
  // ruleid: node-cipher-static-iv
  const c = crypto.createCipheriv("aes-256-gcm", key, Buffer.from("000000000000"));
  const iv = crypto.randomBytes(16);
  // ok: node-cipher-static-iv
  const d = crypto.createCipheriv("aes-256-cbc", key, iv);
  // ok: node-cipher-static-iv
  const e = crypto.createCipheriv("aes-256-gcm", key, crypto.randomBytes(12));
  return { a, b, c, d, e };
}
module.exports = { enc };
