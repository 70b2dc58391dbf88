const db = require('./db');

async function main() {
  await db.withExportConnection(async (conn) => conn.query('SELECT * FROM orders'));
}

main();
