import { Router } from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth';

const prisma = new PrismaClient();
const router = Router();
router.use(requireAuth);

// Any signed-in user reads any booking.
router.get('/:id', async (req, res) => {
  // ruleid: idor-unscoped-lookup
  const booking = await prisma.booking.findUnique({ where: { id: req.params.id } });
  if (!booking) return res.status(404).json({ error: 'Booking not found' });
  res.json(booking);
});

// The record is checked against the caller (`req.user!.id`, a TypeScript non-null assertion)
// before anything is returned or changed.
router.patch('/:id/cancel', async (req, res) => {
  // ok: idor-unscoped-lookup
  const booking = await prisma.booking.findUnique({ where: { id: req.params.id } });
  if (!booking) return res.status(404).json({ error: 'Booking not found' });
  if (booking.studentId !== req.user!.id && booking.tutorId !== req.user!.id) {
    return res.status(403).json({ error: 'You do not have access to this booking' });
  }
  const updated = await prisma.booking.update({ where: { id: booking.id }, data: { status: 'CANCELLED' } });
  res.json(updated);
});

export default router;
