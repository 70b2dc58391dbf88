import { getPool } from "../lib/db";

export default async function handler(req: Request, ctx: any) {
  const pool = getPool();
  try {
    const { rows } = await pool.query("SELECT * FROM posts LIMIT 10");
    return Response.json(rows);
  } finally {
    ctx.waitUntil(pool.end());
  }
}

export const config = { runtime: "edge" };
