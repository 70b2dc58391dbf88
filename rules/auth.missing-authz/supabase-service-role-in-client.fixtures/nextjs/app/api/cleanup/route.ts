import { createClient } from '@supabase/supabase-js'

export async function POST(req: Request) {
  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) return new Response('no', { status: 401 })
  // ok: supabase-service-role-in-client
  const admin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)
  await admin.from('sessions').delete().lt('expires_at', new Date().toISOString())
  return new Response('ok')
}
