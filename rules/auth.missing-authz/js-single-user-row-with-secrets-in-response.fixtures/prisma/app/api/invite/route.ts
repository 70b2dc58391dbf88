import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const { email } = await req.json();
  const user = await prisma.user.create({ data: { email, passwordHash: "" } });
  // ok: js-single-user-row-with-secrets-in-response
  return NextResponse.json({ invited: true, id: user.id });
}
