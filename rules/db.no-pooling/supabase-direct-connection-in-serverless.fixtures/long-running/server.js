const { Pool } = require("pg");
// A long-running Express server keeps one pool: the direct connection is fine.
// ok: supabase-direct-connection-in-serverless
const pool = new Pool({ connectionString: "postgresql://postgres@db.abcdefghijklmnopqrst.supabase.co:5432/postgres" });
module.exports = pool;
