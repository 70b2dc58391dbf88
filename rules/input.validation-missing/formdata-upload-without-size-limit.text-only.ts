// fixture-path: app/api/contact/route.ts
import { NextResponse } from 'next/server'
import { db } from '@/lib/db'

export async function POST(request: Request) {
  // ok: formdata-upload-without-size-limit (text fields only, no file)
  const form = await request.formData()
  const email = String(form.get('email') ?? '')
  const message = String(form.get('message') ?? '').slice(0, 2000)
  await db.insert('messages').values({ email, message })
  return NextResponse.json({ ok: true })
}
