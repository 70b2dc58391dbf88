import Fastify from 'fastify';
import cors from '@fastify/cors';
import fastifyJwt from '@fastify/jwt';
import { corsOptions } from './config';

const app = Fastify();
app.register(cors, corsOptions);
app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, cookie: { cookieName: 'token', signed: false } });

app.post('/login', async (request, reply) => {
  // ruleid: fastify-jwt-sign-without-expiry
  return { token: await reply.jwtSign({ sub: 'u1' }) };
});
