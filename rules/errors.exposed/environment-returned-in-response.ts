import type { NextApiRequest, NextApiResponse } from 'next';
import { NextResponse } from 'next/server';

// TODO remove before launch
export default async function debug(_req: NextApiRequest, res: NextApiResponse) {
  // ruleid: environment-returned-in-response
  res.json({ ok: true, env: process.env, node: process.version });
}

export async function GET() {
  // ruleid: environment-returned-in-response
  return NextResponse.json(process.env);
}

export function health(_req: NextApiRequest, res: NextApiResponse) {
  // ok: environment-returned-in-response
  res.json({ ok: true, env: process.env.NODE_ENV, region: process.env.VERCEL_REGION });
}

export function config() {
  // ok: environment-returned-in-response
  const base = process.env.API_URL ?? 'http://localhost:3000';
  return { base };
}
