import express, { Router } from 'express';
import * as auth from './auth.controller';

const router = Router();
router.use(express.json());
router.post('/auth/reset-password', auth.resetPassword);
export default router;
