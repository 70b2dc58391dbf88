const crypto = require("crypto");

function encrypt(text) {
  // ruleid: node-createcipher-deprecated
  const cipher = crypto.createCipher("aes-256-cbc", process.env.SECRET);
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function encryptIv(text, key) {
  const iv = crypto.randomBytes(12);
  // ok: node-createcipher-deprecated
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([iv, cipher.update(text), cipher.final(), cipher.getAuthTag()]);
}
module.exports = { encrypt, encryptIv };
