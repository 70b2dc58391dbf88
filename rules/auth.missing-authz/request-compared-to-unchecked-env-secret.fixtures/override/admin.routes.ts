import { Router } from 'express';
import { User } from './models';
import { requireAuth, requireAdmin } from './auth';

const router = Router();
router.use(requireAuth);

router.delete('/admin/users/:id', requireAdmin, async (req, res) => {
  await User.findByIdAndDelete(req.params.id);
  res.status(204).end();
});

router.post('/admin/login', async (req, res) => {
  // ruleid: request-compared-to-unchecked-env-secret
  if (process.env.ADMIN_PASSWORD === req.body.password) return res.json({ ok: true });
  res.status(401).end();
});

export default router;

router.get('/owner/:id', async (req, res) => {
  // ok: request-compared-to-unchecked-env-secret (a route parameter is never missing)
  if (req.params.id === process.env.OWNER_ADMIN_ID) return res.json({ owner: true });
  res.json({ owner: false });
});
