const env = process.env;

export const config = {
  // ruleid: jwt-hardcoded-secret
  jwtSecret: env.JWT_SECRET || 'taskforge-dev-secret-change-me',
  // ok: jwt-hardcoded-secret
  jwtExpiresIn: env.JWT_EXPIRES_IN || '15m',
  // ok: jwt-hardcoded-secret
  refreshSecret: env.JWT_REFRESH_SECRET,
  // ok: jwt-hardcoded-secret (a client-side Vite variable is another rule's business)
  publicKeyId: import.meta.env.VITE_JWT_KID || 'k1',
};

export function honoSecret(c) {
  // ruleid: jwt-hardcoded-secret
  return c.env.JWT_SECRET ?? 'hono-local-signing-secret';
}
