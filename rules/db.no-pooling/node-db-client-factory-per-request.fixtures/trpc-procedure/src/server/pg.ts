import { Pool } from "pg";

/** Returns a pg pool for raw analytics queries (Supabase JS can't do GROUP BY). */
export function getPool() {
  // ruleid: node-db-client-factory-per-request
  return new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
}

export function getReportingPool() {
  // ruleid: node-db-client-factory-per-request
  return new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 2 });
}

export function getMigrationPool() {
  // ok: node-db-client-factory-per-request (only a CLI calls it)
  return new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
}
