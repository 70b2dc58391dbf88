import { Pool } from 'pg'

let pool: Pool | undefined

export function getPool() {
  if (!pool) {
    // ok: node-db-client-factory-per-request (created once, in the lazy-init block)
    pool = new Pool({ connectionString: process.env.DATABASE_URL })
  }
  return pool
}
