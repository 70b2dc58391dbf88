// `sign` renamed on import: a bare `sign(` in this file is the local helper, not jsonwebtoken's.
import { sign as jwtSign, verify } from "jsonwebtoken";

const sign = (data: string, key: string) => `${data}.${key}`;

export function issue(userId: string) {
  // todoruleid: jwt-sign-without-expiry (a renamed import is not followed)
  return jwtSign({ sub: userId }, process.env.JWT_SECRET!);
}

export function tag(body: string) {
  // ok: jwt-sign-without-expiry
  return sign(body, process.env.TAG_KEY!);
}

export { verify };
