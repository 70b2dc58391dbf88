import { createClient } from 'npm:@supabase/supabase-js@2'

// ok: service-role-without-auth
Deno.serve(async (req) => {
  const admin = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!)
  const jwt = req.headers.get('Authorization')?.replace('Bearer ', '') ?? ''
  const { data: { user } } = await admin.auth.getUser(jwt)
  if (!user) return new Response('Unauthorized', { status: 401 })
  await admin.auth.admin.deleteUser(user.id)
  return new Response('ok')
})
