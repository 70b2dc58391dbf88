import { Router } from 'express';
import { requireAuth } from './auth';
import * as users from './user.controller';

const router = Router();
router.get('/users/search', requireAuth, users.search);
export default router;
