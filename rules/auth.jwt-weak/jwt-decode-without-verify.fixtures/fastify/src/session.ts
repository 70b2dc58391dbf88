import type { FastifyRequest } from 'fastify';

// The plugin is registered in auth.ts; this module only sees the decorators.
export async function currentUser(request: FastifyRequest) {
  // ruleid: jwt-decode-without-verify
  const claims = await request.jwtDecode<{ sub: string; role: string }>();
  return { id: claims.sub, role: claims.role };
}
