// fixture-path: lib/cors.ts
// The Next.js Pages Router way (the official api-routes-cors example imports the package as `Cors`).
import Cors from "cors";
import type { NextApiRequest, NextApiResponse } from "next";

// ruleid: express-cors-reflect-origin-with-credentials
const cors = Cors({ origin: true, credentials: true, methods: ["GET", "POST", "OPTIONS"] });

// ok: express-cors-reflect-origin-with-credentials (an allowlist)
const partnerCors = Cors({ origin: ["https://app.example.com"], credentials: true });

export function runCors(req: NextApiRequest, res: NextApiResponse) {
  return new Promise((resolve, reject) => {
    cors(req, res, (result: unknown) => (result instanceof Error ? reject(result) : resolve(result)));
  });
}
