import jwt from 'jsonwebtoken';
import { prisma } from './db.js';

// Apollo Server 4 context builder: expressMiddleware(server, { context: buildContext })
export async function buildContext({ req }) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  let user = null;
  if (token) {
    // token is issued by our own login mutation, just read the claims
    // ruleid: jwt-decode-without-verify
    const claims = jwt.decode(token);
    if (claims?.sub) {
      user = await prisma.user.findUnique({ where: { id: claims.sub } });
    }
  }
  return { user };
}

export async function buildVerifiedContext({ req }) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  if (!token) return { user: null };
  const claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  // ok: jwt-decode-without-verify
  const header = jwt.decode(token, { complete: true })?.header;
  return { user: await prisma.user.findUnique({ where: { id: claims.sub } }), kid: header?.kid };
}

export function describeJwt(token) {
  // ok: jwt-decode-without-verify (a helper that identifies no caller)
  const decoded = jwt.decode(token);
  return decoded ? Object.keys(decoded).join(',') : '';
}
