import { Queue } from 'bullmq';
import IORedis from 'ioredis';

const shared = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
const createConnection = () => new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

// called from the upload route on every request
export async function enqueueThumbnail(data: { uploadId: string }) {
  // ruleid: node-db-client-factory-per-request
  const queue = new Queue('thumbnails', { connection: createConnection() });
  await queue.add('thumb', data);
}

export async function enqueueScan(data: { uploadId: string }) {
  // ok: node-db-client-factory-per-request (a shared connection)
  const queue = new Queue('scans', { connection: shared });
  await queue.add('scan', data);
}
