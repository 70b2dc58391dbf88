const serialize = require("node-serialize");

function readProfile(req, res) {
  const raw = Buffer.from(req.cookies.profile, "base64").toString();
  // ruleid: node-insecure-deserialization
  const profile = serialize.unserialize(raw);
  // ok: node-insecure-deserialization
  const safe = JSON.parse(raw);
  // ok: node-insecure-deserialization
  const out = serialize.serialize({ name: safe.name });
  res.json({ profile, out });
}
module.exports = { readProfile };
