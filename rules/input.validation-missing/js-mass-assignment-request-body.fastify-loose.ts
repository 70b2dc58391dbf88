import type { FastifyPluginAsync } from 'fastify';
import { Type, Static } from '@sinclair/typebox';

// No additionalProperties: false: Ajv accepts `{ "name": "x", "id": "...", "isPublic": true }`.
const ProjectBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
});
type ProjectBodyT = Static<typeof ProjectBody>;

const projectRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: ProjectBodyT }>(
    '/',
    { onRequest: [app.authenticate], schema: { body: ProjectBody } },
    async (request, reply) => {
      // ruleid: js-mass-assignment-request-body
      const project = await app.prisma.project.create({
        data: { ...request.body, ownerId: request.user.sub },
      });
      return reply.code(201).send(project);
    },
  );
};

export default projectRoutes;
