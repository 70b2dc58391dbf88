import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import { jwtConfig } from './config';

const app = Fastify();
app.register(jwt, jwtConfig);

app.post('/login', async (request, reply) => {
  // ok: fastify-jwt-sign-without-expiry (the plugin options live in another module)
  return { token: await reply.jwtSign({ sub: 'u1' }) };
});
