import { requireUser } from '../../../lib/auth'
import { supabaseAdmin } from '../../../lib/supabaseAdmin'

export default async function handler(req, res) {
  const user = await requireUser(req, res)
  if (!user) return
  const { query: { id } } = req
  // ok: idor-unscoped-lookup
  const { data } = await supabaseAdmin.from('notes').select('*').eq('id', id).eq('user_id', user.sub).single()
  return res.json(data)
}
