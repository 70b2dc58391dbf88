import { signIn } from '@/lib/auth'

// ruleid: endpoint-missing-rate-limit
export async function POST(req: Request) {
  const { email, password } = await req.json()
  return Response.json(await signIn(String(email), String(password)))
}
