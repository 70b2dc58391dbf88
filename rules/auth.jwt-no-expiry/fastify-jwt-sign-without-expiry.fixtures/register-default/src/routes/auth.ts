import type { FastifyPluginAsync } from 'fastify';

const authRoutes: FastifyPluginAsync = async (app) => {
  app.post('/login', async (request, reply) => {
    const { email } = request.body as { email: string };
    // ok: fastify-jwt-sign-without-expiry (the plugin's default sign.expiresIn applies)
    const token = await reply.jwtSign({ sub: email });
    // ok: fastify-jwt-sign-without-expiry (same default)
    const token2 = app.jwt.sign({ sub: email });
    return { token, token2 };
  });
};

export default authRoutes;
