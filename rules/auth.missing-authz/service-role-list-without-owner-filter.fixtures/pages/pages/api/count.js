import { requireUser } from '../../lib/auth'
import { supabaseAdmin } from '../../lib/supabaseAdmin'

export default async function handler(req, res) {
  const user = await requireUser(req, res)
  if (!user) return
  // ok: service-role-list-without-owner-filter
  const { count } = await supabaseAdmin.from('projects').select('owner_id', { count: 'exact', head: true })
  res.json({ count })
}
