export function effectiveRole(profile: { role?: string } | null) {
  // ruleid: service-role-without-auth
  const role = profile?.role || 'admin'
  return role
}

export function displayRole(profile: { role?: string } | null) {
  // ok: service-role-without-auth
  const role = profile?.role ?? 'viewer'
  return role
}

// The role an admin action writes, defaulting to admin: request data, not the caller's role.
export async function promote(db: any, req: { body: { role?: string }; params: { id: string } }) {
  // ok: service-role-without-auth
  await db('profiles').where({ id: req.params.id }).update({ role: req.body.role || 'admin' })
  // ok: service-role-without-auth
  const role = req.body.role ?? 'admin'
  return role
}
