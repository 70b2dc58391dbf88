import { getServerSession } from 'next-auth'
import { prisma } from '@/lib/db'

export async function GET(req: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession()
  if (!session) return new Response('Unauthorized', { status: 401 })
  // ruleid: idor-unscoped-lookup
  const doc = await prisma.document.findUnique({ where: { id: params.id } })
  return Response.json(doc)
}
