// fixture-path: pages/api/go.ts
import type { NextApiRequest, NextApiResponse } from "next";

// Tracked links in invoice e-mails: /api/go?to=https://...&inv=123
export default function go(req: NextApiRequest, res: NextApiResponse) {
  const { to, inv } = req.query;
  console.log("invoice link click", inv);
  // ruleid: express-open-redirect
  res.redirect(302, decodeURIComponent(String(to || "/")));
}

export function castTarget(req: NextApiRequest, res: NextApiResponse) {
  const { to } = req.query;
  // ruleid: express-open-redirect
  res.redirect(302, (to as string) || "/");
}

export function stringTarget(req: NextApiRequest, res: NextApiResponse) {
  const target = req.query.target;
  // ruleid: express-open-redirect
  res.redirect(String(target));
}

export function directWrapped(req: NextApiRequest, res: NextApiResponse) {
  // ruleid: express-open-redirect
  res.redirect(302, String(req.query.to || "/"));
}

export function fixedTarget(req: NextApiRequest, res: NextApiResponse) {
  const { inv } = req.query;
  const home = process.env.APP_URL ?? "/";
  // ok: express-open-redirect
  res.redirect(302, String(home));
  return inv;
}

export function encodedInto(req: NextApiRequest, res: NextApiResponse) {
  const { to } = req.query;
  // ok: express-open-redirect
  res.redirect(302, "/track?to=" + encodeURIComponent(String(to)));
}

export function checkedWrapped(req: NextApiRequest, res: NextApiResponse) {
  const { to } = req.query;
  const target = String(to || "/");
  const safe = target.startsWith("/") && !target.startsWith("//") ? target : "/";
  // ok: express-open-redirect
  res.redirect(302, decodeURIComponent(String(safe)));
}
