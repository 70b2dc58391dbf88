import { NextResponse } from 'next/server'
import { getServerSession } from 'next-auth'
import { prisma } from '@/lib/db'

// ruleid: endpoint-missing-auth
export async function DELETE(req: Request, { params }: { params: { id: string } }) {
  // The session is read but an anonymous caller is never rejected.
  const session = await getServerSession()
  await prisma.project.delete({ where: { id: params.id } })
  return NextResponse.json({ deleted: true, by: session?.user?.email })
}
