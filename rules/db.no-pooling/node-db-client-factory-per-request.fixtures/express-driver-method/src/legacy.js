const mysql = require('mysql2/promise');

// Old helper kept for the CLI; request handlers use the pool's own method of the same name.
async function getConnection() {
  // ok: node-db-client-factory-per-request (handlers call pool.getConnection, a mysql2 method)
  return mysql.createConnection({ uri: process.env.DATABASE_URL });
}

module.exports = { getConnection };
