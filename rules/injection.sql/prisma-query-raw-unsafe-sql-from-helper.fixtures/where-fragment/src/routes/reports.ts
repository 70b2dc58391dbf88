import type { FastifyPluginAsync } from 'fastify';
import { buildFilter, buildBoundFilter } from '../lib/filters';

const reportRoutes: FastifyPluginAsync = async (app) => {
  app.get('/tasks', async (request) => {
    const { status, from } = request.query as { status?: string; from?: string };
    const where = buildFilter(status, from);
    // ruleid: prisma-query-raw-unsafe-sql-from-helper (critical: a positional parameter does not cover the spliced clause)
    return app.prisma.$queryRawUnsafe(
      `SELECT t.id, t.title FROM "Task" t WHERE ${where} AND t."ownerId" = $1 LIMIT 200`,
      request.user.sub,
    );
  });

  app.get('/tasks/bound', async (request) => {
    const { status } = request.query as { status?: string };
    const filter = buildBoundFilter(status);
    // ok: prisma-query-raw-unsafe-sql-from-helper (the helper's fragment only holds placeholders)
    return app.prisma.$queryRawUnsafe(
      `SELECT t.id FROM "Task" t WHERE ${filter.sql} AND t."ownerId" = $1`,
      request.user.sub,
      ...filter.values,
    );
  });

  app.get('/tasks/other', async (request) => {
    const where = buildFilter('open');
    const limit = 20;
    // ok: prisma-query-raw-unsafe-sql-from-helper (this template does not use the helper's clause)
    return app.prisma.$queryRawUnsafe(`SELECT id FROM "Task" LIMIT ${limit}`);
  });
};

export default reportRoutes;
