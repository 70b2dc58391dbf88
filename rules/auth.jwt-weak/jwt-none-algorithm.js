const jwt = require("jsonwebtoken");

function verifyToken(token) {
  // ruleid: jwt-none-algorithm
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256", "none"] });
}

function issueUnsigned(user) {
  // ruleid: jwt-none-algorithm
  return jwt.sign({ id: user.id }, null, { algorithm: 'none' });
}

function verifyPinned(token) {
  // ok: jwt-none-algorithm
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
}

const ui = {
  // ok: jwt-none-algorithm
  display: "none",
};

module.exports = { verifyToken, issueUnsigned, verifyPinned, ui };
