// fixture-path: pages/api/session.ts
import type { NextApiRequest, NextApiResponse } from "next";
import { randomBytes } from "crypto";
import { serialize } from "cookie";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sessionToken = randomBytes(32).toString("hex");
  // ruleid: session-max-age-too-long
  res.setHeader("Set-Cookie", `session=${sessionToken}; Path=/; HttpOnly; Max-Age=31536000`);
  // ruleid: session-max-age-too-long
  res.setHeader("Set-Cookie", serialize("sid", sessionToken, { httpOnly: true, path: "/", maxAge: 60 * 60 * 24 * 400 }));
  // ok: session-max-age-too-long (two weeks)
  res.setHeader("Set-Cookie", `session=${sessionToken}; Path=/; HttpOnly; Max-Age=1209600`);
  // ok: session-max-age-too-long (static file caching)
  res.setHeader("Cache-Control", "public, max-age=31536000");
  // ok: session-max-age-too-long (a UI preference)
  res.setHeader("Set-Cookie", "theme=dark; Path=/; Max-Age=31536000");
  res.status(200).json({ ok: true });
}
