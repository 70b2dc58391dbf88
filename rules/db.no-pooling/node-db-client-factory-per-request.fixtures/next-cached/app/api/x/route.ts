import { getPool } from '@/lib/db'

export async function GET() {
  const { rows } = await getPool().query('select 1')
  return Response.json(rows)
}
