import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import bcrypt from "bcryptjs";

export async function POST(req: Request) {
  const { email, password } = await req.json();
  const user = await prisma.user.create({
    data: { email, passwordHash: await bcrypt.hash(password, 12) },
  });
  const { passwordHash, ...safeUser } = user;
  // ok: js-single-user-row-with-secrets-in-response
  return NextResponse.json(safeUser, { status: 201 });
}

export async function PUT(req: Request) {
  const { email, password } = await req.json();
  const created = await prisma.user.create({
    data: { email, passwordHash: await bcrypt.hash(password, 12) },
    select: { id: true, email: true },
  });
  // ok: js-single-user-row-with-secrets-in-response
  return NextResponse.json(created, { status: 201 });
}
