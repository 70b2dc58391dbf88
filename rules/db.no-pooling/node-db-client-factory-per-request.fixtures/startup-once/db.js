const { Pool } = require('pg');

function createPool() {
  // ok: node-db-client-factory-per-request (called once, at module level)
  return new Pool({ connectionString: process.env.DATABASE_URL });
}

const pool = createPool();
module.exports = { pool, createPool };
