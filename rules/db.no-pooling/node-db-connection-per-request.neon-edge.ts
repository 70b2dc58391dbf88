// fixture-path: api/post.ts
import { Pool } from "@neondatabase/serverless";

// Neon's documented edge pattern: a WebSocket pool cannot outlive the request, so it is created
// and ended inside the handler.
export default async function handler(req: Request, ctx: any) {
  // ok: node-db-connection-per-request
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  try {
    const { rows } = await pool.query("SELECT * FROM posts WHERE id = $1", [1]);
    return Response.json(rows);
  } finally {
    ctx.waitUntil(pool.end());
  }
}

export const config = { runtime: "edge" };
