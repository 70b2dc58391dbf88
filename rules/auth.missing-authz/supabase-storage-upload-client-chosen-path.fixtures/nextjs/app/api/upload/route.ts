import { NextResponse } from 'next/server'
import { createClient as createAdmin } from '@supabase/supabase-js'
import { createClient } from '@/lib/supabase/server'

const supabaseAdmin = createAdmin(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)

export async function POST(req: Request) {
  const { data: { user } } = await createClient().auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  const form = await req.formData()
  const file = form.get('file') as File
  if (file.size > 10 * 1024 * 1024 || file.type !== 'application/pdf') {
    return NextResponse.json({ error: 'PDF up to 10 MB' }, { status: 400 })
  }
  const folder = (form.get('folder') as string) || user.id

  const { data, error } = await supabaseAdmin.storage
    .from('documents')
    // ruleid: supabase-storage-upload-client-chosen-path (high: upsert overwrites another user's file)
    .upload(`${folder}/${file.name}`, file, { upsert: true })
  if (error) return NextResponse.json({ error: 'Upload failed' }, { status: 500 })
  return NextResponse.json({ path: data.path })
}

export async function PUT(req: Request) {
  const { data: { user } } = await createClient().auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  const form = await req.formData()
  const file = form.get('file') as File
  // ok: supabase-storage-upload-client-chosen-path (the folder is the caller's own id)
  const { error } = await supabaseAdmin.storage.from('documents').upload(`${user.id}/${crypto.randomUUID()}.pdf`, file)
  if (error) return NextResponse.json({ error: 'Upload failed' }, { status: 500 })
  return NextResponse.json({ ok: true })
}
