const mysql = require('mysql2/promise');

const options = { host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'shop' };

// Reports get their own connection instead of holding a pool slot.
async function withConnection(fn) {
  // ruleid: node-db-client-factory-per-request
  const conn = await mysql.createConnection(options);
  try {
    return await fn(conn);
  } finally {
    await conn.end();
  }
}

// Only the nightly job calls this one, through the module object too.
async function withExportConnection(fn) {
  // ok: node-db-client-factory-per-request (no request handler calls it)
  const conn = await mysql.createConnection(options);
  try {
    return await fn(conn);
  } finally {
    await conn.end();
  }
}

module.exports = { withConnection, withExportConnection };
