import { getMigrationPool } from "../src/server/pg";

async function main() {
  const pool = getMigrationPool();
  await pool.query("SELECT 1");
  await pool.end();
}

main();
