import knex, { Knex } from 'knex';

const config: Knex.Config = { client: 'pg', connection: process.env.DATABASE_URL };
const shared = knex(config);

export function connect(): Knex {
  // ruleid: node-db-client-factory-per-request
  return knex(config);
}

export function table(tableName: string) {
  // A query on the shared instance, not a new pool.
  // ok: node-db-client-factory-per-request
  return shared(tableName);
}
