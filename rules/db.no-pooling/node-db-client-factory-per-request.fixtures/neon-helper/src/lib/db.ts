import { Pool, neon } from "@neondatabase/serverless";

export function getPool() {
  // ruleid: node-db-client-factory-per-request
  return new Pool({ connectionString: process.env.DATABASE_URL });
}

export function getSql() {
  // The HTTP driver opens no connection.
  // ok: node-db-client-factory-per-request
  return neon(process.env.DATABASE_URL!);
}
