// fixture-path: supabase/functions/stats/index.ts
import postgres from "https://deno.land/x/postgresjs@v3.4.4/mod.js";
import { Pool } from "https://deno.land/x/postgres@v0.19.3/mod.ts";

// ok: node-db-connection-per-request
const pool = new Pool(Deno.env.get("SUPABASE_DB_URL")!, 3, true);
// ok: node-db-connection-per-request
const shared = postgres(Deno.env.get("SUPABASE_DB_URL")!, { max: 3, prepare: false });

Deno.serve(async (_req) => {
  // ruleid: node-db-connection-per-request
  const sql = postgres(Deno.env.get("SUPABASE_DB_URL")!, { max: 5 });
  const rows = await sql`select count(*) from public.sessions`;
  return new Response(JSON.stringify(rows));
});

export async function perRequestPool(req: Request) {
  // ruleid: node-db-connection-per-request
  const p = new Pool(Deno.env.get("SUPABASE_DB_URL")!, 1, true);
  const conn = await p.connect();
  const { rows } = await conn.queryObject`select 1`;
  return Response.json(rows);
}

export async function pooled(req: Request) {
  // ok: node-db-connection-per-request
  const conn = await pool.connect();
  try {
    const { rows } = await conn.queryObject`select * from public.sessions limit 10`;
    const more = await shared`select 1`;
    return Response.json({ rows, more });
  } finally {
    conn.release();
  }
}
