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
