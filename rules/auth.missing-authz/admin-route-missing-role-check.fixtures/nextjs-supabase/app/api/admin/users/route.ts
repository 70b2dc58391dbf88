import { supabaseAdmin } from '@/lib/admin'
import { createClient } from '@/lib/server'

// ruleid: admin-route-missing-role-check
export async function GET() {
  const supabase = createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  const { data } = await supabaseAdmin.auth.admin.listUsers()
  return Response.json(data)
}

// ok: admin-route-missing-role-check
export async function DELETE(req: Request) {
  const supabase = createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  if (user.app_metadata?.role !== 'admin') return new Response('Forbidden', { status: 403 })
  const { id } = await req.json()
  await supabaseAdmin.auth.admin.deleteUser(String(id))
  return new Response(null, { status: 204 })
}
