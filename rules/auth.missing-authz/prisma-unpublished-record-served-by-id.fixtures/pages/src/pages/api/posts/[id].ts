import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "../../../lib/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ruleid: prisma-unpublished-record-served-by-id
  const post = await prisma.post.findUnique({ where: { id: req.query.id as string } });
  if (!post) return res.status(404).end();
  res.json(post);
}
