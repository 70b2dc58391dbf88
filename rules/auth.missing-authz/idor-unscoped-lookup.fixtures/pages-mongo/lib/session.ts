import { getIronSession } from 'iron-session';
import type { NextApiRequest, NextApiResponse } from 'next';
export const getSession = (req: NextApiRequest, res: NextApiResponse) =>
  getIronSession<{ user?: { id: string } }>(req, res, { password: process.env.SESSION_PASSWORD!, cookieName: 's' });
