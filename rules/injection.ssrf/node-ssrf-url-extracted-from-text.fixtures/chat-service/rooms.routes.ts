import express, { Router, Request, Response, NextFunction } from 'express';
import * as messageService from './message.service';

const router = Router();
router.use(express.json());

router.post('/rooms/:id/messages', async (req: Request, res: Response, next: NextFunction) => {
  try {
    if (!req.user) return res.status(401).end();
    const msg = await messageService.createMessage(req.params.id, (req.user as any).id, String(req.body.text || ''));
    res.status(201).json(msg);
  } catch (err) {
    next(err);
  }
});

export default router;
