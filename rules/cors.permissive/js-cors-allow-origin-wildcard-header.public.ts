import type { FastifyPluginAsync } from 'fastify';

const publicRoutes: FastifyPluginAsync = async (app) => {
  // embeddable status badge for public projects: no cookies, no auth
  app.get('/projects/:slug/badge.json', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const project = await app.prisma.project.findFirst({ where: { slug, isPublic: true }, select: { name: true } });
    if (!project) return reply.code(404).send({ error: 'Not found' });
    // ok: js-cors-allow-origin-wildcard-header (a public badge, cacheable by anyone)
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header('Cache-Control', 'public, max-age=300');
    return { name: project.name };
  });

  app.get('/public/stats', async (request, reply) => {
    // ok: js-cors-allow-origin-wildcard-header (a route under /public/)
    reply.header('Access-Control-Allow-Origin', '*');
    return { projects: await app.prisma.project.count({ where: { isPublic: true } }) };
  });
};

export default publicRoutes;
