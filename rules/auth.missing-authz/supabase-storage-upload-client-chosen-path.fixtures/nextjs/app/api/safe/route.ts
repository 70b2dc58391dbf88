import { NextResponse } from 'next/server'
import { createClient as createAdmin } from '@supabase/supabase-js'
import { createClient } from '@/lib/supabase/server'

const supabaseAdmin = createAdmin(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)

export async function POST(req: Request) {
  const { data: { user } } = await createClient().auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  const form = await req.formData()
  const folder = form.get('folder') as string
  const file = form.get('file') as File
  if (folder !== user.id) return NextResponse.json({ error: 'Forbidden' }, { status: 403 })
  // ok: supabase-storage-upload-client-chosen-path (the folder is checked against the caller)
  const { error } = await supabaseAdmin.storage.from('documents').upload(`${folder}/${file.name}`, file, { upsert: true })
  return NextResponse.json({ ok: !error })
}

export async function PATCH(req: Request) {
  const form = await req.formData()
  const file = form.get('file') as File
  const name = `${Date.now()}-report.pdf`
  // ok: supabase-storage-upload-client-chosen-path (server-made name)
  const { error } = await supabaseAdmin.storage.from('reports').upload(name, file)
  return NextResponse.json({ ok: !error })
}
