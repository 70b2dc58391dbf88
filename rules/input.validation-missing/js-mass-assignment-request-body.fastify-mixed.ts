import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';

const CreateBody = Type.Object({ name: Type.String() }, { additionalProperties: false });
const ImportBody = Type.Object({ name: Type.String(), rows: Type.Array(Type.String()) });

const routes: FastifyPluginAsync = async (app) => {
  app.post('/', { schema: { body: CreateBody } }, async (request) => {
    // ok: js-mass-assignment-request-body
    return app.prisma.project.create({ data: request.body });
  });
  // Known gap: the loose ImportBody is not told apart from the strict schema of the same file.
  app.post('/import', { schema: { body: ImportBody } }, async (request) => {
    // todoruleid: js-mass-assignment-request-body
    return app.prisma.project.create({ data: request.body });
  });
};

export default routes;
