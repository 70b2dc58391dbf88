import { Router } from 'express';
import { enqueueScan, enqueueThumbnail } from './queues';

const router = Router();

router.post('/uploads', async (req, res) => {
  await enqueueThumbnail({ uploadId: String(req.body.id) });
  await enqueueScan({ uploadId: String(req.body.id) });
  res.status(202).end();
});

export default router;
