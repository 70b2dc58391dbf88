import { NextResponse } from 'next/server'
import { createAdminClient } from '@/lib/supabase/admin'

export async function POST(req: Request) {
  const { path, dataUrl } = await req.json()
  const bytes = Buffer.from(String(dataUrl).split(',')[1], 'base64')
  // ruleid: supabase-storage-upload-client-chosen-path (medium: no upsert)
  const { error } = await createAdminClient().storage.from('avatars').upload(path, bytes, { contentType: 'image/png' })
  if (error) return NextResponse.json({ error: 'Upload failed' }, { status: 500 })
  return NextResponse.json({ ok: true })
}
