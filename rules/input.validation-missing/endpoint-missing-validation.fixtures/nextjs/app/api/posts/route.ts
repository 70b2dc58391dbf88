import { getServerSession } from 'next-auth'
import { prisma } from '@/lib/db'

// ruleid: endpoint-missing-validation
export async function POST(req: Request) {
  const session = await getServerSession()
  if (!session) return new Response(null, { status: 401 })
  const data = await req.json()
  return Response.json(await prisma.post.create({ data }))
}
