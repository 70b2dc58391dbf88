import { notFound } from 'next/navigation'
import { prisma } from '@/lib/db'
import { requireOrg } from '@/lib/tenant'

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { orgId } = await requireOrg()
  const { id } = await params
  // ok: idor-unscoped-lookup (the tenant key closes the object: `{ id, orgId } }`)
  const contact = await prisma.contact.findFirst({ where: { id, orgId } })
  if (!contact) notFound()
  return <h1>{contact.name}</h1>
}
