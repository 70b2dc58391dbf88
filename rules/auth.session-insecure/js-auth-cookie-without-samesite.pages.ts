// fixture-path: pages/api/auth/login.ts
import { serialize } from "cookie";
import type { NextApiRequest, NextApiResponse } from "next";

export default async function login(req: NextApiRequest, res: NextApiResponse) {
  const token = await signIn(req.body.username, req.body.password);
  res.setHeader(
    "Set-Cookie",
    // ruleid: js-auth-cookie-without-samesite
    serialize("token", token, { path: "/", httpOnly: true, maxAge: 60 * 60 * 24 * 7 })
  );
  // ok: js-auth-cookie-without-samesite
  res.setHeader("Set-Cookie", serialize("session", token, { path: "/", httpOnly: true, sameSite: "lax" }));
  // ok: js-auth-cookie-without-samesite (signing out: an empty value)
  res.setHeader("Set-Cookie", serialize("token", "", { path: "/", maxAge: 0 }));
  // ok: js-auth-cookie-without-samesite (a preference, not an auth cookie)
  res.setHeader("Set-Cookie", serialize("theme", "dark", { path: "/" }));
  const payload = JSON.stringify(serialize_state(req.body));
  return res.status(200).json({ ok: true, payload });
}
