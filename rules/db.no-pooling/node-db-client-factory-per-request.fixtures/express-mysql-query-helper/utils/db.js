const mysql = require('mysql2/promise');

const config = {
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
};

// Runs one statement on a brand-new connection that is never closed.
async function query(sql, params = []) {
  // ruleid: node-db-client-factory-per-request
  const connection = await mysql.createConnection(config);
  const [rows] = await connection.execute(sql, params);
  return rows;
}

// Shares one pool created when the module loads.
const pool = mysql.createPool({ ...config, connectionLimit: 10 });
async function pooledQuery(sql, params = []) {
  // ok: node-db-client-factory-per-request (the pool above is created once)
  const [rows] = await pool.execute(sql, params);
  return rows;
}

// Only the nightly export script calls this.
async function exportInvoices() {
  // ok: node-db-client-factory-per-request (no request handler calls it)
  const connection = await mysql.createConnection(config);
  const [rows] = await connection.query('SELECT * FROM Invoices');
  await connection.end();
  return rows;
}

module.exports = { query, pooledQuery, exportInvoices };
