// fixture-path: pages/api/users/[id].ts
import type { NextApiRequest, NextApiResponse } from 'next';
import { ObjectId } from 'mongodb';
import { getDb } from '@/lib/mongodb';
import { getSession } from '@/lib/session';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { user } = await getSession(req, res);
  if (!user || req.query.id !== user.id) return res.status(403).json({ error: 'Forbidden' });
  if (req.method === 'PATCH') {
    const updates = { ...req.body, updatedAt: new Date() };
    // ruleid: js-mass-assignment-request-body
    await (await getDb()).collection('users').updateOne({ _id: new ObjectId(user.id) }, { $set: updates });
    return res.json({ ok: true });
  }
  if (req.method === 'PUT') {
    const { displayName, bio } = req.body;
    const changes = { displayName: String(displayName ?? ''), bio: String(bio ?? '') };
    // ok: js-mass-assignment-request-body
    await (await getDb()).collection('users').updateOne({ _id: new ObjectId(user.id) }, { $set: changes });
    return res.json({ ok: true });
  }
  res.status(405).end();
}
