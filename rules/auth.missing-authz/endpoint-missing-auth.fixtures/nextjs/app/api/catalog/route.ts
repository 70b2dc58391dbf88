import { prisma } from '@/lib/db'

// ok: endpoint-missing-auth
export async function GET() {
  return Response.json(await prisma.product.findMany({ where: { published: true } }))
}
