// fixture-path: src/app/api/export/route.ts
import { NextResponse } from "next/server";
import { Pool, Client, neon } from "@neondatabase/serverless";

export async function GET() {
  // ruleid: node-db-connection-per-request
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  const { rows } = await pool.query("SELECT * FROM projects LIMIT 100");
  return NextResponse.json(rows);
}

export async function POST() {
  // ruleid: node-db-connection-per-request
  const client = new Client(process.env.DATABASE_URL);
  await client.connect();
  const { rows } = await client.query("SELECT count(*) FROM projects");
  return NextResponse.json(rows);
}

export async function PUT() {
  // The HTTP driver is a fetch wrapper: no connection to pool.
  // ok: node-db-connection-per-request
  const sql = neon(process.env.DATABASE_URL!);
  const rows = await sql`SELECT * FROM projects LIMIT 100`;
  return NextResponse.json(rows);
}
