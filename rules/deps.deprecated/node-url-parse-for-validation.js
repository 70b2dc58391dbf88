const url = require("url");

function isAllowed(target) {
  // ruleid: node-url-parse-for-validation
  const host = url.parse(target).hostname;
  return ALLOWED.includes(host);
}

function handler(req, res) {
  // ruleid: node-url-parse-for-validation
  const parsed = url.parse(req.query.next);
  res.redirect(parsed.path);
}

function query(str) {
  // ok: node-url-parse-for-validation
  const q = JSON.parse(str);
  // ok: node-url-parse-for-validation
  const u = new URL(str);
  return { q, u };
}
module.exports = { isAllowed, handler, query };
