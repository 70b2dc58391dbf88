import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(req: Request, { params }: { params: { id: string } }) {
  const user = await prisma.user.findUnique({ where: { id: params.id } });
  if (!user) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: js-single-user-row-with-secrets-in-response
  return NextResponse.json(user);
}
