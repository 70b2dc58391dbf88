import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const { name, email } = await req.json();
  const user = await prisma.user.create({ data: { name, email } });
  // ok: js-single-user-row-with-secrets-in-response
  return NextResponse.json(user, { status: 201 });
}
