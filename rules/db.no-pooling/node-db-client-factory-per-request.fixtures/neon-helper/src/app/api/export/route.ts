import { NextResponse } from "next/server";
import { getPool, getSql } from "@/lib/db";

export async function GET() {
  const pool = getPool();
  const { rows } = await pool.query("SELECT * FROM projects LIMIT 100");
  return NextResponse.json(rows);
}

export async function POST() {
  const sql = getSql();
  return NextResponse.json(await sql`SELECT count(*) FROM projects`);
}
