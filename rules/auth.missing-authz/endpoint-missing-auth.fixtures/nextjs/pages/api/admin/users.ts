import type { NextApiRequest, NextApiResponse } from "next";
import type { Session } from "next-auth";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

function isAdmin(session: Session | null): boolean {
  return session?.user?.role === "ADMIN";
}

// The session goes to a check helper; a caller without one gets 403.
// ok: endpoint-missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!isAdmin(session)) {
    return res.status(403).json({ error: "Admin access required" });
  }
  await prisma.user.delete({ where: { id: String(req.query.id) } });
  return res.status(204).end();
}
