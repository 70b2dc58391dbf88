import { createClient } from '@/lib/supabase/server'

export async function PATCH(req: Request) {
  const supabase = createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return new Response(null, { status: 401 })
  const body = await req.json()
  await supabase.from('profiles').update({
    // ok: client-set-price
    display_name: body.displayName,
    // ruleid: client-set-price
    role: body.role,
  }).eq('id', user.id)
  return Response.json({ ok: true })
}
