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
  // The owner is in the filter, as a shorthand property.
  // ok: idor-unscoped-lookup
  const note = await notes.findOne({ _id, userId });
  if (!note) return res.status(404).end();
  res.json(note);
}
