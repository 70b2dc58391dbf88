import { createClient } from '@/lib/server'

// `notes` has no row-level security: the user's client protects nothing.
// ruleid: endpoint-missing-auth
export async function DELETE(req: Request) {
  const supabase = createClient()
  return Response.json(await supabase.from('notes').delete().neq('id', 0))
}
