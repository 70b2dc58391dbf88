import { supabaseAdmin } from '@/lib/admin'

// ruleid: service-role-without-auth
export async function POST(req: Request) {
  const { email } = await req.json()
  const { error } = await supabaseAdmin.auth.admin.inviteUserByEmail(String(email))
  return Response.json({ ok: !error })
}
