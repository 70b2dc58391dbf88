import { auth } from '@clerk/nextjs/server'

// Every query is scoped by the active Clerk organization.
export async function requireOrg() {
  const { userId, orgId } = await auth()
  if (!userId || !orgId) throw new Response('Unauthorized', { status: 401 })
  return { userId, orgId }
}
