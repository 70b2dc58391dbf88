import { Request, Response, NextFunction } from 'express';
import * as userService from './user.service';

export async function search(req: Request, res: Response, next: NextFunction) {
  try {
    res.json(await userService.searchUsers(req.query));
  } catch (err) {
    next(err);
  }
}

export async function followers(req: Request, res: Response) {
  res.json(await userService.listFollowers((req.user as any).id));
}

export async function updateMe(req: Request, res: Response) {
  res.json(await userService.updateProfile((req.user as any).id, req.body));
}

export async function pick(req: Request, res: Response) {
  res.json(await userService.firstMatch([], req.query.pred as any));
}

export async function raw(req: Request, res: Response) {
  res.json(await userService.byFilter(req.query, (req as any).db));
}
