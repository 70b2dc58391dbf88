// fixture-path: lib/auth.ts
import "server-only";

/** Cheap uid lookup for hot paths – skips the Admin SDK round-trip. */
export function uidFromToken(token?: string | null): string | null {
  if (!token) return null;
  try {
    // ruleid: jwt-decode-without-verify
    const [, payload] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims.user_id ?? claims.sub ?? null;
  } catch {
    return null;
  }
}

export function tokenExpiry(token: string): number {
  // ok: jwt-decode-without-verify (only the expiry, to schedule a refresh)
  const { exp } = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
  return exp;
}
