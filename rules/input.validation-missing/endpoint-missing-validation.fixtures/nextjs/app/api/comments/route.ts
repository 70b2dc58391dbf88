import { z } from 'zod'
import { getServerSession } from 'next-auth'
import { prisma } from '@/lib/db'

const Comment = z.object({ postId: z.string().uuid(), text: z.string().min(1).max(2000) })

// ok: endpoint-missing-validation
export async function POST(req: Request) {
  const session = await getServerSession()
  if (!session) return new Response(null, { status: 401 })
  const parsed = Comment.safeParse(await req.json())
  if (!parsed.success) return Response.json(parsed.error.flatten(), { status: 400 })
  return Response.json(await prisma.comment.create({ data: parsed.data }))
}
