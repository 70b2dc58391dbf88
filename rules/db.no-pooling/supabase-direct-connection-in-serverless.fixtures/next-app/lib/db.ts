import { Pool } from "pg";

export const pool = new Pool({
  // ruleid: supabase-direct-connection-in-serverless
  host: "db.abcdefghijklmnopqrst.supabase.co",
  port: 5432,
  password: process.env.DB_PASSWORD,
});

// ok: supabase-direct-connection-in-serverless
export const url = process.env.DATABASE_URL;
