import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export async function requireUser() {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) throw new HttpError(401, "Unauthorized");
  return session.user;
}

export async function requireMember(workspaceId: string) {
  const user = await requireUser();
  const membership = await prisma.membership.findUnique({
    where: { userId_workspaceId: { userId: user.id, workspaceId } },
  });
  if (!membership) throw new HttpError(403, "Forbidden");
  return { user, membership };
}

export async function requireRole(workspaceId: string, roles: string[]) {
  const ctx = await requireMember(workspaceId);
  if (!roles.includes(ctx.membership.role)) throw new HttpError(403, "Insufficient permissions");
  return ctx;
}
