import { NextResponse } from 'next/server'
import { auth } from '@/auth'
import { createAdminClient } from '@/lib/admin'

export async function GET() {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const admin = createAdminClient()
  const { data, error } = await admin
    // ruleid: service-role-list-without-owner-filter
    .from('invoices')
    .select('*')
    .order('created_at', { ascending: false })
  if (error) return NextResponse.json({ error: 'failed' }, { status: 500 })
  return NextResponse.json(data)
}

export async function POST(req: Request) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const admin = createAdminClient()
  // ok: service-role-list-without-owner-filter
  const { data } = await admin.from('plans').select('id, name, price_cents')
  return NextResponse.json(data)
}
