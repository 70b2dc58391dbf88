const fastify = require('fastify')();
const crypto = require('crypto');

fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });

fastify.post('/token', async (req, reply) => {
  // ruleid: fastify-jwt-sign-without-expiry
  const token = await reply.jwtSign({ sub: req.body.id });
  const signer = crypto.createSign('SHA256');
  // ok: fastify-jwt-sign-without-expiry (not a JWT)
  const sig = signer.sign(process.env.PRIVATE_KEY, 'hex');
  // ok: fastify-jwt-sign-without-expiry
  const short = fastify.jwt.sign({ sub: req.body.id }, { expiresIn: 600 });
  return { token, sig, short };
});
