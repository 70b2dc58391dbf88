export async function POST(req: Request) {
  const { email } = await req.json()
  return Response.json({ email: String(email) })
}
