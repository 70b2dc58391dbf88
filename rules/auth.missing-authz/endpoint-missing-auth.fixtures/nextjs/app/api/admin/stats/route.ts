import { prisma } from '@/lib/db'

// ok: endpoint-missing-auth
export async function GET() {
  return Response.json({ users: await prisma.user.count() })
}
