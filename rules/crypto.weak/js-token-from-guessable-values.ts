import { createHash, randomBytes } from "crypto";

// ruleid: js-token-from-guessable-values
const tokenFor = (email: string) => Buffer.from(`${email}:${Date.now()}`).toString("base64url");

export function makeVerifyLink(user: { id: string; email: string }) {
  // ruleid: js-token-from-guessable-values
  const verifyToken = createHash("sha256").update(user.email + Date.now()).digest("hex");
  return `/verify?token=${verifyToken}`;
}

export function inviteCode(teamId: string) {
  // ruleid: js-token-from-guessable-values
  return btoa(`${teamId}-${Date.now()}`);
}

export function safeTokens(user: { id: string; email: string }) {
  const raw = randomBytes(32).toString("base64url");
  // ok: js-token-from-guessable-values (hashing a random token for storage)
  const tokenHash = createHash("sha256").update(raw).digest("hex");
  // ok: js-token-from-guessable-values (an HMAC-like construction with a server secret)
  const signed = createHash("sha256").update(`${user.id}:${process.env.LINK_SECRET}`).digest("hex");
  // ok: js-token-from-guessable-values (a cache key, not a secret)
  const cacheKey = Buffer.from(`${user.email}:${Date.now()}`).toString("base64");
  // ok: js-token-from-guessable-values (a basic-auth header)
  const header = "Basic " + Buffer.from(`${user.email}:${process.env.SMTP_PASS}`).toString("base64");
  return { raw, tokenHash, signed, cacheKey, header, tokenFor };
}
