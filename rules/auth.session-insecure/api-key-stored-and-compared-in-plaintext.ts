// fixture-path: src/middleware/apiKey.ts
import type { NextFunction, Request, Response } from "express";
import { prisma } from "../lib/prisma";

export async function requireApiKey(req: Request, res: Response, next: NextFunction) {
  const raw = String(req.headers["x-api-key"] ?? "");
  const [prefix, secret] = raw.split(".");
  const apiKey = await prisma.apiKey.findUnique({ where: { prefix } });
  // ruleid: api-key-stored-and-compared-in-plaintext
  if (!apiKey || apiKey.secret !== secret) return res.status(401).end();
  next();
}
