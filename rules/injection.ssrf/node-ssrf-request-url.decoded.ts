// fixture-path: src/pages/api/avatar.ts
import type { NextApiRequest, NextApiResponse } from "next";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const src = Array.isArray(req.query.src) ? req.query.src[0] : req.query.src;
  if (!src) return res.status(400).send("missing src");
  // ruleid: node-ssrf-request-url
  const upstream = await fetch(decodeURIComponent(src));
  res.send(Buffer.from(await upstream.arrayBuffer()));
}

export async function proxyImage(req: NextApiRequest, res: NextApiResponse) {
  const { img } = req.query as { img: string };
  // ruleid: node-ssrf-request-url
  const upstream = await axios.get(decodeURIComponent(img), { responseType: "arraybuffer" });
  res.send(upstream.data);
}

export async function localAsset(req: NextApiRequest, res: NextApiResponse) {
  const name = "logo%20dark.png";
  const lang = req.query.lang;
  // ok: node-ssrf-request-url (the decoded name is a constant)
  const upstream = await fetch(decodeURIComponent(name));
  res.send({ lang, ok: upstream.ok });
}
