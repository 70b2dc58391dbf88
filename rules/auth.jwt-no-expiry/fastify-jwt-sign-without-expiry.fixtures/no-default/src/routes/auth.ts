import type { FastifyPluginAsync } from 'fastify';

const refreshOptions = { expiresIn: '7d' };

const authRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.post('/signup', async (request, reply) => {
    const user = await fastify.prisma.user.create({ data: request.body as any });
    // ruleid: fastify-jwt-sign-without-expiry
    const token = fastify.jwt.sign({ sub: user.id, role: user.role });
    // ok: fastify-jwt-sign-without-expiry (lifetime passed per token)
    const access = await reply.jwtSign({ sub: user.id }, { expiresIn: '15m' });
    // ok: fastify-jwt-sign-without-expiry (newer nested form)
    const access2 = await reply.jwtSign({ sub: user.id }, { sign: { expiresIn: '15m' } });
    // ok: fastify-jwt-sign-without-expiry (options defined above)
    const refresh = fastify.jwt.sign({ sub: user.id, kind: 'refresh' }, refreshOptions);
    // ok: fastify-jwt-sign-without-expiry (exp claim in the payload)
    const link = fastify.jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 900 });
    return { token, access, access2, refresh, link };
  });
};

export default authRoutes;
