import { Router } from 'express';
import { connect, table } from '../db';

const router = Router();

router.get('/activity', async (req, res) => {
  const conn = connect();
  const rows = await conn('posts').count('* as n');
  res.json(rows);
});

router.get('/posts', async (req, res) => {
  res.json(await table('posts').select('id'));
});

export default router;
