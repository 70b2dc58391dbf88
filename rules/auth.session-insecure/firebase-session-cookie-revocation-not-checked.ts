// fixture-path: lib/auth.ts
import type { NextApiRequest, NextApiResponse, NextApiHandler } from "next";
import * as admin from "firebase-admin";

if (!admin.apps.length) admin.initializeApp();
const adminAuth = admin.auth();

/** Shared guard for every API route. */
export const withSession =
  (handler: (req: NextApiRequest, res: NextApiResponse, uid: string) => unknown): NextApiHandler =>
  async (req, res) => {
    const cookie = req.cookies["__session"] ?? "";
    // ruleid: firebase-session-cookie-revocation-not-checked
    const user = await adminAuth.verifySessionCookie(cookie).catch(() => null);
    if (!user) return res.status(401).json({ error: "Not signed in" });
    return handler(req, res, user.uid);
  };

export async function adminGuard(req: NextApiRequest) {
  // ok: firebase-session-cookie-revocation-not-checked
  const user = await adminAuth.verifySessionCookie(req.cookies["__session"] ?? "", true);
  return user.admin === true ? user : null;
}

export async function checkedGuard(req: NextApiRequest) {
  const checkRevoked = true;
  // ok: firebase-session-cookie-revocation-not-checked
  return adminAuth.verifySessionCookie(req.cookies["__session"] ?? "", checkRevoked);
}

// A comment about verifySessionCookie(cookie) is not a call.
// ok: firebase-session-cookie-revocation-not-checked
export const docs = "call adminAuth.verifySessionCookie(cookie, true)";
