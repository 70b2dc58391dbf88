import { createClient } from '@/lib/server'

// Row-level security on `todos` scopes the user's client: the database checks the caller.
// ok: endpoint-missing-auth
export async function POST(req: Request) {
  const { title } = await req.json()
  const supabase = createClient()
  return Response.json(await supabase.from('todos').insert({ title: String(title) }))
}
