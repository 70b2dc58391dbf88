import { NextResponse } from 'next/server'
import { prisma } from '@/lib/db'
import { requireUser } from '@/lib/session'

// ok: endpoint-missing-auth
export async function GET() {
  const user = await requireUser()
  return NextResponse.json(await prisma.project.findMany({ where: { ownerId: user.id } }))
}

// ruleid: endpoint-missing-auth
export async function POST(req: Request) {
  const { name } = await req.json()
  return NextResponse.json(await prisma.project.create({ data: { name: String(name) } }))
}
