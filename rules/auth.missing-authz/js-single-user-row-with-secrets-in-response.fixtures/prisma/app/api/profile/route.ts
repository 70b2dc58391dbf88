import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function PATCH(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { name } = await req.json();
  const user = await prisma.user.update({ where: { id: session.user.id }, data: { name } });
  // ruleid: js-single-user-row-with-secrets-in-response
  return NextResponse.json({ user, ok: true });
}

export async function GET(req: Request) {
  const session = await auth();
  // ok: js-single-user-row-with-secrets-in-response
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true },
  });
  // ok: js-single-user-row-with-secrets-in-response
  return NextResponse.json({ user });
}
