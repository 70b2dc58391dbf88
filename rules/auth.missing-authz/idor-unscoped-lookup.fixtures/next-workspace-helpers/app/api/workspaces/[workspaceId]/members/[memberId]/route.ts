import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { requireMember, requireRole } from "@/lib/workspace";

type Ctx = { params: { workspaceId: string; memberId: string } };

export async function PATCH(req: Request, { params }: Ctx) {
  await requireMember(params.workspaceId);
  const { role } = (await req.json()) as { role: string };
  // The membership checked is the caller's in this workspace; the row changed is any member of any workspace.
  // ruleid: idor-unscoped-lookup
  const updated = await prisma.membership.update({
    where: { id: params.memberId },
    data: { role },
  });
  return NextResponse.json(updated);
}

export async function DELETE(_req: Request, { params }: Ctx) {
  await requireRole(params.workspaceId, ["owner", "admin"]);
  // ok: idor-unscoped-lookup (scoped to the workspace whose admin rights were just checked)
  await prisma.membership.deleteMany({ where: { id: params.memberId, workspaceId: params.workspaceId } });
  return new NextResponse(null, { status: 204 });
}
