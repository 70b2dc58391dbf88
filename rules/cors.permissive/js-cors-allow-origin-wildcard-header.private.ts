import type { FastifyPluginAsync } from 'fastify';

const projectRoutes: FastifyPluginAsync = async (app) => {
  app.get('/projects/:slug/members', { onRequest: [app.authenticate] }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    // ruleid: js-cors-allow-origin-wildcard-header
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header('Cache-Control', 'private, no-store');
    return app.prisma.member.findMany({ where: { project: { slug } } });
  });
};

export default projectRoutes;
