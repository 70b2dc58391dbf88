// A local `sign()` helper around jwt.sign: the helper's calls are not JWTs, the jwt.sign inside is.
import jwt from "jsonwebtoken";

const SECRET = process.env.JWT_SECRET;

function sign(payload) {
  // ruleid: jwt-sign-without-expiry
  return jwt.sign(payload, SECRET);
}

function signShort(payload) {
  // ok: jwt-sign-without-expiry
  return jwt.sign(payload, SECRET, { expiresIn: "15m" });
}

export function createSession(user) {
  // ok: jwt-sign-without-expiry
  const token = sign({ sub: user.id, email: user.email }, "unused");
  return [token, signShort({ sub: user.id })];
}
