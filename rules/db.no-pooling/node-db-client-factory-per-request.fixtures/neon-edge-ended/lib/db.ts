import { Pool } from "@neondatabase/serverless";

type PoolUser = (pool: Pool) => Promise<unknown>;

// Edge runtime: Neon's WebSocket pool cannot outlive a request, so each request gets one and ends it.
export async function withPool(fn: PoolUser) {
  // ok: node-db-client-factory-per-request
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}
