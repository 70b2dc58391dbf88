import { createClient } from 'npm:@supabase/supabase-js@2'

// ruleid: service-role-without-auth
Deno.serve(async (req) => {
  const admin = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!)
  const { email, teamId } = await req.json()
  await admin.from('team_members').insert({ email, team_id: teamId })
  return new Response('ok')
})
