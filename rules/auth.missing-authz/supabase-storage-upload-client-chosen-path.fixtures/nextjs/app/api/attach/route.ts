import { NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'

export async function POST(req: Request) {
  const supabase = createClient()
  const form = await req.formData()
  const folder = form.get('folder') as string
  const file = form.get('file') as File
  // ok: supabase-storage-upload-client-chosen-path (the user's own client: Storage policies apply)
  const { error } = await supabase.storage.from('attachments').upload(`${folder}/${file.name}`, file, { upsert: true })
  return NextResponse.json({ ok: !error })
}
