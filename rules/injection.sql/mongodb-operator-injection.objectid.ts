import type { NextApiRequest, NextApiResponse } from 'next';
import { ObjectId } from 'mongodb';
import { getDb } from '@/lib/mongodb';
import { getSession } from '@/lib/session';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { user } = await getSession(req, res);
  if (!user) return res.status(401).end();
  const notes = (await getDb()).collection('notes');
  const _id = new ObjectId(req.query.id as string);
  const userId = new ObjectId(user.id);
  if (req.method === 'PUT') {
    const { title } = req.body;
    // ok: mongodb-operator-injection (both filter values are ObjectIds built here)
    await notes.updateOne({ _id, userId }, { $set: { title: String(title ?? '') } });
    return res.json({ ok: true });
  }
  if (req.method === 'POST') {
    const { email, tag } = req.body;
    // ruleid: mongodb-operator-injection
    const found = await notes.findOne({ userId, tag });
    return res.json(found);
  }
  // ok: mongodb-operator-injection
  const note = await notes.findOne({ _id, userId });
  return note ? res.json(note) : res.status(404).end();
}
