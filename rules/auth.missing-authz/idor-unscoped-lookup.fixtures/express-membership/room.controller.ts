import { Request, Response } from 'express';
import { Message, Room } from './models';

const currentUser = (req: Request) => req.user as { _id: string };

// Only rooms the caller is a member of are found.
export async function messages(req: Request, res: Response) {
  // ok: idor-unscoped-lookup
  const room = await Room.findOne({ _id: req.params.id, members: currentUser(req)._id });
  if (!room) return res.status(404).json({ error: 'Room not found' });
  res.json(await Message.find({ room: room._id }).limit(50));
}

export async function remove(req: Request, res: Response) {
  // ruleid: idor-unscoped-lookup
  await Room.findByIdAndDelete(req.params.id);
  res.status(204).end();
}
