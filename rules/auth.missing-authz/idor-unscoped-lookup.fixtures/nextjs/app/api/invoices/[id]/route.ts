import { getServerSession } from 'next-auth'
import { prisma } from '@/lib/db'

export async function GET(req: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession()
  if (!session?.user) return new Response('Unauthorized', { status: 401 })
  // ok: idor-unscoped-lookup
  const invoice = await prisma.invoice.findFirst({ where: { id: params.id, userId: session.user.id } })
  return Response.json(invoice)
}
