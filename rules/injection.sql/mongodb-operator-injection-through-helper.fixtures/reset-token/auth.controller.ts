import { Request, Response, NextFunction } from 'express';
import { z } from 'zod';
import * as userService from './user.service';

export async function resetPassword(req: Request, res: Response, next: NextFunction) {
  try {
    const { token, password } = req.body;
    const ok = await userService.completePasswordReset(token, password);
    return ok ? res.json({ ok: true }) : res.status(400).json({ error: 'Invalid or expired token' });
  } catch (err) {
    next(err);
  }
}

export async function verify(req: Request, res: Response) {
  const { code } = req.body;
  res.json({ ok: await userService.verifyEmail(code) });
}

export async function invite(req: Request, res: Response) {
  res.json(await userService.redeemInvite(String(req.body.token)));
}

const Lookup = z.object({ email: z.string().email() });
export async function lookup(req: Request, res: Response) {
  const { email } = Lookup.parse(req.body);
  res.json(await userService.findByEmail(email));
}
