// fixture-path: lib/auth.ts
import type { NextApiRequest } from "next";
import jwtDecode from "jwt-decode";
import { decodeJwt } from "jose";

type FirebaseClaims = { user_id: string; email?: string };

/** Fast path: only need the uid, skip the round-trip to Google. */
export function uidFromBearer(req: NextApiRequest): string | null {
  const [, token] = (req.headers.authorization ?? "").split(" ");
  if (!token) return null;
  // ruleid: jwt-decode-without-verify
  const { user_id } = jwtDecode<FirebaseClaims>(token);
  return user_id ?? null;
}

export function roleFromBearer(req: NextApiRequest) {
  const token = (req.headers.authorization ?? "").replace("Bearer ", "");
  // ruleid: jwt-decode-without-verify
  return decodeJwt<Record<string, string>>(token).role;
}

export function refreshAt(token: string) {
  // ok: jwt-decode-without-verify (only the expiry, to schedule a refresh)
  return jwtDecode<{ exp: number }>(token).exp * 1000 - 60_000;
}
