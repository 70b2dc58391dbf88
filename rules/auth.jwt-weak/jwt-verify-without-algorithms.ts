import { verify } from "jsonwebtoken";
import { createVerify } from "crypto";

export function check(token: string) {
  // ruleid: jwt-verify-without-algorithms
  return verify(token, process.env.JWT_SECRET!);
}

export function checkSignature(data: string, sig: string) {
  const v = createVerify("SHA256");
  v.update(data);
  // ok: jwt-verify-without-algorithms
  return v.verify(process.env.PUBLIC_KEY!, sig, "base64");
}
