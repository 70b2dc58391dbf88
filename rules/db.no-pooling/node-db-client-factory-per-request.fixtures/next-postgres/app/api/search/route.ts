import { NextResponse } from 'next/server'
import { sql } from 'drizzle-orm'
import { getDb } from '@/lib/db'

export async function GET() {
  const pg = getDb()
  const rows = await pg.execute(sql`SELECT count(*) FROM feedback`)
  return NextResponse.json(rows)
}
