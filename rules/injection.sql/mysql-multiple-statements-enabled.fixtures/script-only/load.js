// A one-off loader run by hand: it exports nothing and serves no requests.
const fs = require('fs');
const mysql = require('mysql2/promise');

async function main() {
  const conn = await mysql.createConnection({
    uri: process.env.DATABASE_URL,
    // ok: mysql-multiple-statements-enabled
    multipleStatements: true,
  });
  await conn.query(fs.readFileSync('schema.sql', 'utf8'));
  await conn.end();
}

main();
