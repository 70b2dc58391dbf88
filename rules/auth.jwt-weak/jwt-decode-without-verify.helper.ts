// fixture-path: lib/api-token.ts
import jwt from "jsonwebtoken";

export function readApiToken(token: string) {
  // ruleid: jwt-decode-without-verify
  return jwt.decode(token) as { sub: string } | null;
}

export function tokenExpiry(token: string) {
  // ok: jwt-decode-without-verify (only the expiry, to schedule a refresh)
  const { exp } = jwt.decode(token) as { exp: number };
  return exp;
}

export function verifyApiToken(token: string) {
  // ok: jwt-decode-without-verify (verified in the same function)
  const header = jwt.decode(token, { complete: true })?.header;
  return jwt.verify(token, process.env.API_TOKEN_SECRET!, { algorithms: ["HS256"], keyid: header?.kid });
}
