const jwt = require("jsonwebtoken");

function auth(req, res, next) {
  const token = req.headers.authorization?.split(" ")[1];
  // ruleid: jwt-verify-ignore-expiration
  req.user = jwt.verify(token, process.env.JWT_SECRET, { ignoreExpiration: true });
  next();
}

function strict(req, res, next) {
  const token = req.headers.authorization?.split(" ")[1];
  // ok: jwt-verify-ignore-expiration
  req.user = jwt.verify(token, process.env.JWT_SECRET, { ignoreExpiration: false, algorithms: ["HS256"] });
  next();
}

// ok: jwt-verify-ignore-expiration
// never set ignoreExpiration: true in production
module.exports = { auth, strict };
