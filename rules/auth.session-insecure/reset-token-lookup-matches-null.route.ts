// fixture-path: app/api/auth/reset/route.ts
import { NextResponse } from "next/server";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const { token, password } = await req.json();
  // ruleid: reset-token-lookup-matches-null
  const user = await prisma.user.findFirst({ where: { resetToken: token } });
  if (!user) return NextResponse.json({ error: "Invalid link" }, { status: 400 });
  await prisma.user.update({ where: { id: user.id }, data: { password: await bcrypt.hash(password, 12), resetToken: null } });
  return NextResponse.json({ ok: true });
}

export async function PUT(req: Request) {
  const body = ResetSchema.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "Invalid link" }, { status: 400 });
  const token = body.data.token;
  // ok: reset-token-lookup-matches-null
  const user = await prisma.user.findFirst({ where: { resetToken: token } });
  return NextResponse.json({ ok: Boolean(user) });
}
