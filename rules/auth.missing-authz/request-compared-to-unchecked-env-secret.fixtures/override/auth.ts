import { Request, Response, NextFunction } from 'express';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  if (req.isAuthenticated && req.isAuthenticated()) return next();
  return res.status(401).json({ error: 'Not authenticated' });
}

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const user = req.user as { role?: string } | undefined;
  // ruleid: request-compared-to-unchecked-env-secret
  const supportOverride = req.get('x-admin-override') === process.env.ADMIN_OVERRIDE;
  if (user?.role === 'admin' || supportOverride) return next();
  return res.status(403).json({ error: 'Admins only' });
}

export function requireApiKey(req: Request, res: Response, next: NextFunction) {
  const key = req.headers['x-api-key'];
  // ruleid: request-compared-to-unchecked-env-secret
  if (key !== process.env.PARTNER_API_KEY) return res.status(401).end();
  next();
}

export function requireApiKeyChecked(req: Request, res: Response, next: NextFunction) {
  const key = req.headers['x-api-key'];
  // ok: request-compared-to-unchecked-env-secret (a missing key is refused first)
  if (!key || key !== process.env.PARTNER_API_KEY) return res.status(401).end();
  next();
}

export function requireApiKeyDefault(req: Request, res: Response, next: NextFunction) {
  const key = req.headers['x-api-key'] ?? '';
  // ok: request-compared-to-unchecked-env-secret (the value falls back to a string)
  if (key !== process.env.PARTNER_API_KEY) return res.status(401).end();
  next();
}

export function pickLanguage(req: Request) {
  // ok: request-compared-to-unchecked-env-secret (a setting, not a secret)
  return req.query.lang === process.env.DEFAULT_LANG ? 'default' : String(req.query.lang);
}

export async function edgeCheck(request: globalThis.Request) {
  // ok: request-compared-to-unchecked-env-secret (Fetch headers give null, never undefined)
  return request.headers.get('x-admin-override') === process.env.ADMIN_OVERRIDE;
}
