// fixture-path: src/pages/api/go.ts
import type { NextApiRequest, NextApiResponse } from "next";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { to = "/" } = req.query as { to?: string };
  // ruleid: express-open-redirect
  res.writeHead(302, { Location: to });
  res.end();
}

export function track(req: NextApiRequest, res: NextApiResponse) {
  const dest = String(req.query.dest ?? "/");
  // ruleid: express-open-redirect
  res.writeHead(307, { "location": decodeURIComponent(dest), "Cache-Control": "no-store" });
  res.end();
}

export function order(req: NextApiRequest, res: NextApiResponse) {
  const to = "/orders/" + String(req.query.id);
  // ok: express-open-redirect (a fixed path on this site, the request only picks the id)
  res.writeHead(302, { Location: to });
  res.end();
}

export function home(req: NextApiRequest, res: NextApiResponse) {
  const to = "/dashboard";
  // ok: express-open-redirect (a constant)
  res.writeHead(302, { Location: to });
  res.end(String(req.query.ref));
}

export function homeWithHeader(req: NextApiRequest, res: NextApiResponse) {
  const to = "/dashboard";
  // todook: express-open-redirect (request data in another header of the same object still counts)
  res.writeHead(302, { Location: to, "X-Ref": String(req.query.ref) });
  res.end();
}
