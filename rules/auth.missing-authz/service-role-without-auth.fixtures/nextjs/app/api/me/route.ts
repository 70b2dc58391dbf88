import { supabaseAdmin } from '@/lib/admin'
import { createClient } from '@/lib/server'

// ok: service-role-without-auth
export async function DELETE() {
  const supabase = createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  await supabaseAdmin.auth.admin.deleteUser(user.id)
  return Response.json({ deleted: true })
}
