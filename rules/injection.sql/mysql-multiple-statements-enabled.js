const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
  connectionLimit: 10,
  // ruleid: mysql-multiple-statements-enabled
  multipleStatements: true, // schema.sql + migrations run through the same helper
});

// ruleid: mysql-multiple-statements-enabled
const reporting = mysql.createPool(`${process.env.REPORTING_URL}?multipleStatements=true`);

const migrationPool = mysql.createPool({
  uri: process.env.DATABASE_URL,
  // ok: mysql-multiple-statements-enabled (a dedicated connection for migrations)
  multipleStatements: true,
});

async function runMigrations(sqlText) {
  // ok: mysql-multiple-statements-enabled (only the migration runner enables it)
  const conn = await mysql.createConnection({ uri: process.env.DATABASE_URL, multipleStatements: true });
  await conn.query(sqlText);
  await conn.end();
}

const readOnly = mysql.createPool({
  uri: process.env.DATABASE_URL,
  // ok: mysql-multiple-statements-enabled
  multipleStatements: false,
});

// ok: mysql-multiple-statements-enabled
// multipleStatements: true was needed for the old seed loader

module.exports = {
  query: (sql, params) => pool.query(sql, params).then(([rows]) => rows),
  reporting,
  migrationPool,
  runMigrations,
  readOnly,
};
