const jwt = require("jsonwebtoken");

function auth(req, res, next) {
  const token = req.headers.authorization?.split(" ")[1];
  try {
    // ruleid: jwt-verify-without-algorithms
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).end();
  }
}

function withCallback(token, cb) {
  // ruleid: jwt-verify-without-algorithms
  jwt.verify(token, process.env.PUBLIC_KEY, (err, decoded) => cb(err, decoded));
}

function pinned(token) {
  // ok: jwt-verify-without-algorithms
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
}

const verifyOptions = { algorithms: ["RS256"], issuer: "api" };
function pinnedViaVariable(token) {
  // ok: jwt-verify-without-algorithms
  return jwt.verify(token, process.env.PUBLIC_KEY, verifyOptions);
}

function optionsFromCaller(token, options) {
  // ok: jwt-verify-without-algorithms
  return jwt.verify(token, process.env.JWT_SECRET, options);
}

module.exports = { auth, withCallback, pinned, pinnedViaVariable, optionsFromCaller };
