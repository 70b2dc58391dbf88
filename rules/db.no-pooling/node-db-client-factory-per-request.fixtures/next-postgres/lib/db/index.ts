import { drizzle } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'

// Some queries need a real TCP connection.
export function getDb() {
  // ruleid: node-db-client-factory-per-request
  const client = postgres(process.env.DATABASE_URL!, { max: 10 })
  return drizzle(client)
}

// Only used by a maintenance script, never by a route.
export function createMigrationClient() {
  // ok: node-db-client-factory-per-request (no request handler calls it)
  return postgres(process.env.DIRECT_URL!, { max: 1 })
}
