import { Pool } from "@neondatabase/serverless";

export function getPool() {
  // The handler ends the pool (Neon's edge pattern), but that is in another file: reported today.
  // todook: node-db-client-factory-per-request
  return new Pool({ connectionString: process.env.DATABASE_URL });
}
