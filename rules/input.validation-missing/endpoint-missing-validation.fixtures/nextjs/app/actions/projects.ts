'use server'

import { z } from 'zod'
import { prisma } from '@/lib/db'
import { requireUser } from '@/lib/session'

const projectSchema = z.object({ title: z.string().min(1).max(120), description: z.string().max(2000) })

// A schema derived from another (`pick`, `omit`, `partial`) validates too.
// ok: endpoint-missing-validation
export async function renameProject(id: string, formData: FormData) {
  const user = await requireUser()
  const title = formData.get('title')
  const { title: clean } = projectSchema.pick({ title: true }).parse({ title })
  await prisma.project.updateMany({ where: { id, ownerId: user.id }, data: { title: clean } })
}

// ruleid: endpoint-missing-validation
export async function describeProject(id: string, formData: FormData) {
  const user = await requireUser()
  const description = formData.get('description') as string
  const tags = formData.get('tags') as string
  await prisma.project.updateMany({ where: { id, ownerId: user.id }, data: { description, tags } })
}
