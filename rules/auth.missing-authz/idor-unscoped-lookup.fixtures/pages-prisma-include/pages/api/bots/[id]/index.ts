import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  const { id } = req.query as { id: string };

  if (req.method === "GET") {
    // A long `include` (documents, conversations, counts) between the id and the closing paren.
    // ruleid: idor-unscoped-lookup
    const bot = await prisma.bot.findUnique({
      where: { id },
      include: {
        documents: { select: { id: true, filename: true, status: true, createdAt: true }, orderBy: { createdAt: "desc" } },
        conversations: { select: { id: true, createdAt: true, summary: true }, orderBy: { createdAt: "desc" }, take: 20 },
        tags: { select: { id: true, label: true, color: true } },
        _count: { select: { conversations: true, documents: true } },
      },
    });
    if (!bot) return res.status(404).json({ error: "Bot not found" });
    return res.status(200).json(bot);
  }

  if (req.method === "PATCH") {
    // The workspace membership is part of the lookup.
    // ok: idor-unscoped-lookup
    const bot = await prisma.bot.findFirst({
      where: { id, workspace: { members: { some: { userId: session.user.id } } } },
      include: {
        documents: { select: { id: true, filename: true, status: true, createdAt: true }, orderBy: { createdAt: "desc" } },
        conversations: { select: { id: true, createdAt: true, summary: true }, orderBy: { createdAt: "desc" }, take: 20 },
      },
    });
    if (!bot) return res.status(404).end();
    return res.json(await prisma.bot.update({ where: { id: bot.id }, data: { name: String(req.body.name ?? bot.name).slice(0, 80) } }));
  }
  return res.status(405).end();
}
