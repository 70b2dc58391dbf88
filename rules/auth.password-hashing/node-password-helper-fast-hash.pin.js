const crypto = require("crypto");

// ruleid: node-password-helper-fast-hash (the helper hashes a PIN, whatever the parameter is called)
function hashPin(value) { return crypto.createHash("sha256").update(String(value)).digest("hex"); }

// ruleid: node-password-helper-fast-hash
const verifyStaffPin = (input, stored) => crypto.createHash("md5").update(input).digest("hex") === stored;

// ok: node-password-helper-fast-hash (generating a random PIN is not hashing one)
const generatePin = () => crypto.createHash("sha256").update(crypto.randomBytes(8)).digest("hex").slice(0, 6);

// ok: node-password-helper-fast-hash (pinned-post helper, not a PIN)
function hashPinned(post) { return crypto.createHash("sha1").update(post.body).digest("hex"); }

module.exports = { hashPin, verifyStaffPin, generatePin, hashPinned };
