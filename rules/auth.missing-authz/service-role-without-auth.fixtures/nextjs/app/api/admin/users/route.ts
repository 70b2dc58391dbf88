import { supabaseAdmin } from '@/lib/admin'
import { createClient } from '@/lib/server'

// Signed in but no role check: reported as `admin-route-missing-role-check`.
// ok: service-role-without-auth
export async function GET() {
  const supabase = createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  const { data } = await supabaseAdmin.auth.admin.listUsers()
  return Response.json(data)
}
