import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(req: Request) {
  const users = await prisma.user.findMany({ select: { id: true, name: true } });
  // ok: js-user-rows-with-secrets-in-response
  return NextResponse.json(users);
}
