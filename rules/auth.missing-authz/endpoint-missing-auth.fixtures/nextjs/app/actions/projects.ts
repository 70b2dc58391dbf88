'use server'

import { prisma } from '@/lib/db'
import { requireUser } from '@/lib/session'

// ruleid: endpoint-missing-auth
export async function renameProject(id: string, name: string) {
  await prisma.project.update({ where: { id }, data: { name } })
}

// ok: endpoint-missing-auth
export async function archiveProject(id: string) {
  const user = await requireUser()
  await prisma.project.update({ where: { id, ownerId: user.id }, data: { archived: true } })
}
