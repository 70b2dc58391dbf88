// fixture-path: pages/api/auth/logout.ts
import type { NextApiRequest, NextApiResponse } from "next";
import { serialize } from "cookie";

const SESSION_COOKIE = "__session";

// Sign-out: the cookie is cleared, there is no token in it.
export default function logout(req: NextApiRequest, res: NextApiResponse) {
  // ok: js-auth-cookie-without-secure
  res.setHeader("Set-Cookie", serialize(SESSION_COOKIE, "", { path: "/", maxAge: 0 }));
  // ok: js-auth-cookie-without-secure
  res.setHeader("Set-Cookie", serialize("token", "deleted", { path: "/", expires: new Date(0) }));
  // ok: js-auth-cookie-without-secure
  res.cookie("session", "", { path: "/" });
  res.status(200).json({ ok: true });
}

export function rotate(req: NextApiRequest, res: NextApiResponse, token: string) {
  // ruleid: js-auth-cookie-without-secure
  res.setHeader("Set-Cookie", serialize(SESSION_COOKIE, token, { path: "/", maxAge: 3600 }));
}
