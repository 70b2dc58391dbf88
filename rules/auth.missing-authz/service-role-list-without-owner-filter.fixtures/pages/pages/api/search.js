import { requireUser } from '../../lib/auth'
import { supabaseAdmin } from '../../lib/supabaseAdmin'

export default async function handler(req, res) {
  const user = await requireUser(req, res)
  if (!user) return
  const term = req.query.q || ''
  const filter = `name.ilike.%${term}%,client_name.ilike.%${term}%`
  // ruleid: service-role-list-without-owner-filter
  const { data } = await supabaseAdmin.from('projects').select('id, name, owner_id').or(filter).limit(25)
  res.json(data)
}
