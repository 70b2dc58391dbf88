// fixture-path: app/api/upload/route.ts
import { NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'

export async function POST(req: Request) {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  // ruleid: formdata-upload-without-size-limit
  const form = await req.formData()
  const file = form.get('file') as File
  const meta = JSON.parse(String(form.get('meta') ?? '{}'))
  const bytes = Buffer.from(await file.arrayBuffer())
  await supabase.storage.from('documents').upload(`${user.id}/${file.name}`, bytes, {
    contentType: file.type,
    upsert: true,
  })
  return NextResponse.json({ ok: true, meta }, { status: 201 })
}
