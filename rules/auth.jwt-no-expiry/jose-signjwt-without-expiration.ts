import { SignJWT, jwtVerify } from "jose";
import * as jose from "jose";

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

export async function encrypt(payload: { userId: string }) {
  // ruleid: jose-signjwt-without-expiration
  return new SignJWT(payload)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .sign(key);
}

export async function namespaced(userId: string) {
  // ruleid: jose-signjwt-without-expiration
  const t = await new jose.SignJWT({ sub: userId }).setProtectedHeader({ alg: "HS256" }).sign(key);
  return t;
}

export async function good(payload: { userId: string }) {
  // ok: jose-signjwt-without-expiration
  return new SignJWT(payload)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime("15m")
    .sign(key);
}

export async function withExpClaim(userId: string) {
  const claims = { sub: userId, exp: Math.floor(Date.now() / 1000) + 900 };
  // ok: jose-signjwt-without-expiration
  return new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).sign(key);
}

export async function stepwise(userId: string) {
  // ok: jose-signjwt-without-expiration
  const builder = new SignJWT({ sub: userId });
  builder.setProtectedHeader({ alg: "HS256" });
  builder.setExpirationTime("1h");
  return builder.sign(key);
}

export async function decrypt(token: string) {
  // ok: jose-signjwt-without-expiration
  // new SignJWT(payload).sign(key) -- an example in a comment
  const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
  return payload;
}
