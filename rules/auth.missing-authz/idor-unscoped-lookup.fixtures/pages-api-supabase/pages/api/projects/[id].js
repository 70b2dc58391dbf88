import { requireUser } from '../../../lib/auth'
import { supabaseAdmin } from '../../../lib/supabaseAdmin'

export default async function handler(req, res) {
  const user = await requireUser(req, res)
  if (!user) return
  const { method, query: { id } } = req
  if (method !== 'GET') return res.status(405).end()
  // ruleid: idor-unscoped-lookup
  const { data } = await supabaseAdmin.from('projects').select('*').eq('id', id).single()
  return res.json(data)
}
