// fixture-path: pages/api/session.ts
import type { NextApiRequest, NextApiResponse } from "next";
import { randomBytes } from "crypto";
import { serialize } from "cookie";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sessionToken = randomBytes(32).toString("hex");
  // ruleid: js-auth-cookie-without-httponly
  res.setHeader("Set-Cookie", `session=${sessionToken}; Path=/; Max-Age=86400`);
  // ok: js-auth-cookie-without-httponly
  res.setHeader("Set-Cookie", `session=${sessionToken}; Path=/; HttpOnly; Secure; SameSite=Lax`);
  // ruleid: js-auth-cookie-without-httponly
  res.setHeader("Set-Cookie", serialize("token", sessionToken, { path: "/", maxAge: 3600 }));
  // ok: js-auth-cookie-without-httponly
  res.setHeader("Set-Cookie", serialize("token", sessionToken, { httpOnly: true, secure: true, path: "/" }));
  // ok: js-auth-cookie-without-httponly (a UI preference)
  res.setHeader("Set-Cookie", "theme=dark; Path=/; Max-Age=31536000");
  // ok: js-auth-cookie-without-httponly (logout: the cookie is cleared)
  res.setHeader("Set-Cookie", "session=; Path=/; Max-Age=0");
  const cookie = `auth_token=${sessionToken}; Path=/; SameSite=Lax`;
  // ruleid: js-auth-cookie-without-httponly
  res.setHeader("Set-Cookie", cookie);
  // ruleid: js-auth-cookie-without-httponly
  res.setHeader("Set-Cookie", [
    `jwt=${sessionToken}; Path=/; Secure`,
    "locale=en; Path=/",
  ]);
  res.status(200).json({ ok: true });
}
