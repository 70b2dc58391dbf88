import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { requireMember } from "@/lib/workspace";

type Ctx = { params: { workspaceId: string } };

export async function POST(req: Request, { params }: Ctx) {
  await requireMember(params.workspaceId);
  const { projectId } = (await req.json()) as { projectId: string };
  // ok: idor-unscoped-lookup (the workspace is the one requireMember checked)
  const workspace = await prisma.workspace.findUnique({ where: { id: params.workspaceId } });
  // ok: idor-unscoped-lookup (the project is looked up inside the checked workspace)
  const project = await prisma.project.findFirst({ where: { id: projectId, workspaceId: params.workspaceId } });
  return NextResponse.json({ workspace: workspace?.name, project: project?.name });
}
