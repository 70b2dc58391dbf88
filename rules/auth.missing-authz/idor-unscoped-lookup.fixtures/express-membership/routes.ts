import { Router } from 'express';
import { requireAuth } from './auth';
import * as rooms from './room.controller';

const router = Router();
router.use(requireAuth);
router.get('/rooms/:id/messages', rooms.messages);
router.delete('/rooms/:id', rooms.remove);
export default router;
