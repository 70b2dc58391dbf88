import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import authRoutes from './routes/auth';

const app = Fastify();
app.register(fastifyJwt, {
  secret: process.env.JWT_SECRET!,
  sign: { algorithm: 'HS256' },
});
app.register(authRoutes);

app.post('/login', async (request, reply) => {
  const { email } = request.body as { email: string };
  // ruleid: fastify-jwt-sign-without-expiry
  const token = await reply.jwtSign({ sub: email, role: 'USER' });
  // ruleid: fastify-jwt-sign-without-expiry
  const token2 = app.jwt.sign({ sub: email });
  return { token, token2 };
});

export default app;
