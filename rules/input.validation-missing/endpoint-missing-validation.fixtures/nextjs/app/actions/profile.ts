'use server'

import { z } from 'zod'
import { prisma } from '@/lib/db'
import { requireUser } from '@/lib/session'

// ruleid: endpoint-missing-validation
export async function updateBio(formData: FormData) {
  const user = await requireUser()
  await prisma.user.update({ where: { id: user.id }, data: { bio: formData.get('bio') as string } })
}

const Name = z.string().min(1).max(60)

// ok: endpoint-missing-validation
export async function updateName(formData: FormData) {
  const user = await requireUser()
  await prisma.user.update({ where: { id: user.id }, data: { name: Name.parse(formData.get('name')) } })
}
