// fixture-path: app/api/avatar/route.ts
import { NextResponse } from 'next/server'
import { put } from '@vercel/blob'

const MAX_BYTES = 2 * 1024 * 1024

export async function POST(request: Request) {
  // ok: formdata-upload-without-size-limit (the size is checked before the bytes are stored)
  const form = await request.formData()
  const file = form.get('avatar')
  if (!(file instanceof File) || file.size > MAX_BYTES) {
    return NextResponse.json({ error: 'Invalid file' }, { status: 413 })
  }
  const blob = await put(`avatars/${crypto.randomUUID()}.png`, file, { access: 'public' })
  return NextResponse.json({ url: blob.url })
}
