import { SignJWT, jwtVerify } from "jose";

// ruleid: jwt-hardcoded-secret
const key = new TextEncoder().encode("my-super-secret-session-key");
// ok: jwt-hardcoded-secret
const envKey = new TextEncoder().encode(process.env.SESSION_SECRET);
// ok: jwt-hardcoded-secret
const bytes = new TextEncoder().encode(`${userId}:${Date.now()}`);
// ruleid: jwt-hardcoded-secret
const fallback = new TextEncoder().encode(process.env.AUTH_SECRET ?? "dev-secret");

export async function sign(userId: string) {
  return new SignJWT({ userId }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("1h").sign(key);
}

export async function verify(token: string) {
  return jwtVerify(token, envKey, { algorithms: ["HS256"] });
}
