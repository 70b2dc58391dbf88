import { NextResponse } from 'next/server'

export async function GET(req: Request) {
  // ok: client-code-reads-server-secret (a route handler runs on the server)
  if (req.headers.get('x-admin-key') !== process.env.NEXT_PUBLIC_ADMIN_API_KEY) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 })
  }
  return NextResponse.json({ users: 42 })
}
