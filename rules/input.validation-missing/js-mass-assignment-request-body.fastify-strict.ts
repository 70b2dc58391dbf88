import type { FastifyPluginAsync } from 'fastify';
import { Type, Static } from '@sinclair/typebox';

const ProjectBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
type ProjectBodyT = Static<typeof ProjectBody>;

const projectRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: ProjectBodyT }>(
    '/',
    { onRequest: [app.authenticate], schema: { body: ProjectBody } },
    async (request, reply) => {
      if (!request.user) {
        return reply.code(401).send({ error: 'unauthorized' });
      }
      // ok: js-mass-assignment-request-body
      const project = await app.prisma.project.create({
        data: { ...request.body, ownerId: request.user.sub },
      });
      return reply.code(201).send(project);
    },
  );

  app.route({
    method: 'PATCH',
    url: '/:id',
    schema: {
      params: { type: 'object', properties: { id: { type: 'string' } } },
      body: {
        type: 'object',
        properties: { name: { type: 'string', maxLength: 120 } },
        additionalProperties: false,
      },
    },
    handler: async (request, reply) => {
      // ok: js-mass-assignment-request-body
      await app.prisma.project.update({ where: { id: request.params.id }, data: request.body });
      return reply.code(204).send();
    },
  });

  app.put(
    '/:id/settings',
    { schema: { body: Type.Object({ theme: Type.String() }, { additionalProperties: false }) } },
    async function (request, reply) {
      // ok: js-mass-assignment-request-body
      await app.prisma.settings.update({ where: { projectId: request.params.id }, data: request.body });
      return reply.send({ ok: true });
    },
  );

  // A TypeBox object without options: extra keys pass Fastify's validation.
  app.post(
    '/:id/notes',
    { schema: { body: Type.Object({ text: Type.String() }) } },
    async (request) => {
      // ruleid: js-mass-assignment-request-body
      return app.prisma.note.create({ data: { ...request.body, projectId: request.params.id } });
    },
  );

  // additionalProperties: false on the response schema, not on the body.
  app.post(
    '/:id/members',
    {
      schema: {
        body: { type: 'object', properties: { email: { type: 'string' } } },
        response: { 201: { type: 'object', additionalProperties: false, properties: { id: { type: 'string' } } } },
      },
    },
    async (request, reply) => {
      // ruleid: js-mass-assignment-request-body
      const m = await app.prisma.member.create({ data: request.body });
      return reply.code(201).send(m);
    },
  );

  app.post('/:id/archive', { schema: { body: ProjectBody } }, async (request) => {
    return { ok: true };
  });
  // No schema on this route: the strict route just above does not cover it.
  app.post('/:id/copy', async (request) => {
    // ruleid: js-mass-assignment-request-body
    return app.prisma.project.create({ data: request.body });
  });
};

export default projectRoutes;
