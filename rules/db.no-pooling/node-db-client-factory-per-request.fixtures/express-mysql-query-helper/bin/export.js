const fs = require('fs');
const { exportInvoices } = require('../utils/db');

async function main() {
  const rows = await exportInvoices();
  fs.writeFileSync('invoices.json', JSON.stringify(rows));
}

main().then(() => process.exit(0));
