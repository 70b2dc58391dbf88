import { notFound } from 'next/navigation'
import { prisma } from '@/lib/db'
import { requireOrg } from '@/lib/tenant'

export default async function DealPage({ params }: { params: Promise<{ id: string }> }) {
  await requireOrg()
  const { id } = await params
  // ruleid: idor-unscoped-lookup
  const deal = await prisma.deal.findFirst({ where: { id } })
  if (!deal) notFound()
  return <h1>{deal.title}</h1>
}
