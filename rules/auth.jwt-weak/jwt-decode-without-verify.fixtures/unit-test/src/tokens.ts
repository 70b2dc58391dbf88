import jwt from 'jsonwebtoken';

export function issueAccessToken(user: { id: string; role: string }) {
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET!, { expiresIn: '15m' });
}

export function requireAuthHeader(authorization: string) {
  const token = authorization.replace('Bearer ', '');
  // ruleid: jwt-decode-without-verify
  const claims = jwt.decode(token) as { sub: string; role: string };
  return { userId: claims.sub, role: claims.role };
}
