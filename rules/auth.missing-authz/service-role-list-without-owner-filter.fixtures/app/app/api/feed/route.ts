import { NextResponse } from 'next/server'
import { auth } from '@/auth'
import { createAdminClient } from '@/lib/admin'

export async function GET() {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const admin = createAdminClient()
  // ok: service-role-list-without-owner-filter
  const { data } = await admin.from('posts').select('id, title, author_id').eq('is_public', true).limit(50)
  // ok: service-role-list-without-owner-filter
  const { data: mine } = await admin.from('invoices').select('*').eq('user_id', session.user.id)
  return NextResponse.json({ data, mine })
}
