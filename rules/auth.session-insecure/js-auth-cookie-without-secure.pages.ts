// fixture-path: pages/api/session.ts
import type { NextApiRequest, NextApiResponse } from "next";
import { randomBytes } from "crypto";
import { serialize } from "cookie";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sessionToken = randomBytes(32).toString("hex");
  // ruleid: js-auth-cookie-without-secure
  res.setHeader("Set-Cookie", `session=${sessionToken}; Path=/; HttpOnly; Max-Age=86400`);
  // ok: js-auth-cookie-without-secure
  res.setHeader("Set-Cookie", `session=${sessionToken}; Path=/; HttpOnly; Secure; SameSite=Lax`);
  // ruleid: js-auth-cookie-without-secure
  res.setHeader("Set-Cookie", serialize("token", sessionToken, { httpOnly: true, path: "/" }));
  // ok: js-auth-cookie-without-secure
  res.setHeader("Set-Cookie", serialize("token", sessionToken, { httpOnly: true, secure: process.env.NODE_ENV === "production" }));
  // ok: js-auth-cookie-without-secure (a UI preference)
  res.setHeader("Set-Cookie", "theme=dark; Path=/");
  // ruleid: js-auth-cookie-without-secure
  res.setHeader("Set-Cookie", [`refresh_token=${sessionToken}; Path=/api/auth; HttpOnly`, "locale=en"]);
  res.status(200).json({ ok: true });
}
