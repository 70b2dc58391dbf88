import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyRequest } from 'fastify';

export default fp(async (app) => {
  await app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { expiresIn: '1h' } });

  app.decorate('optionalUser', (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (!header) return null;
    const token = header.replace(/^Bearer\s+/i, '');
    // ruleid: jwt-decode-without-verify
    return app.jwt.decode<{ sub: string; role: string }>(token);
  });

  app.decorate('verifiedUser', async (request: FastifyRequest) => {
    const token = (request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    // ok: jwt-decode-without-verify (verified right after: the header is read for the key id)
    const kid = app.jwt.decode<{ header: { kid: string } }>(token, { complete: true })?.header.kid;
    return app.jwt.verify(token, { key: kid });
  });

  app.decorate('authenticate', async (request: FastifyRequest) => {
    await request.jwtVerify();
    // ok: jwt-decode-without-verify (after jwtVerify in the same hook)
    const claims = await request.jwtDecode<{ sub: string }>();
    request.log.info({ sub: claims.sub });
  });
});
