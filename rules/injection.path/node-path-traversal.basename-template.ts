import type { FastifyPluginAsync } from 'fastify';
import path from 'path';
import fs from 'fs/promises';

const UPLOAD_DIR = path.resolve(process.cwd(), 'uploads');

const fileRoutes: FastifyPluginAsync = async (app) => {
  app.post('/import', { onRequest: [app.authenticate] }, async (request, reply) => {
    const { url } = request.body as { url: string };
    const buf = Buffer.from('x');
    const filename = `${Date.now()}-${path.basename(new URL(url).pathname) || 'file'}`;
    // ok: node-path-traversal (only the base name, behind a timestamp)
    await fs.writeFile(path.join(UPLOAD_DIR, filename), buf);
    return reply.code(201).send({ filename });
  });

  app.post('/import-dir', { onRequest: [app.authenticate] }, async (request, reply) => {
    const { url, folder } = request.body as { url: string; folder: string };
    const filename = `${folder}/${path.basename(new URL(url).pathname)}`;
    // ruleid: node-path-traversal (the folder is the caller's)
    await fs.writeFile(path.join(UPLOAD_DIR, filename), Buffer.from('x'));
    return reply.code(201).send({ filename });
  });
};

export default fileRoutes;
