import { sign, verify } from "jsonwebtoken";
import crypto from "crypto";

export function issue(userId: string) {
  // ruleid: jwt-sign-without-expiry
  return sign({ sub: userId }, process.env.JWT_SECRET!);
}

export function issueGood(userId: string) {
  // ok: jwt-sign-without-expiry
  return sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: "10m" });
}

export function hmac(data: string) {
  const h = crypto.createSign("SHA256");
  // ok: jwt-sign-without-expiry
  return h.sign(process.env.PRIVATE_KEY!, "hex");
}
