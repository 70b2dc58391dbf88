import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(req: Request) {
  const users = await prisma.user.findMany({ orderBy: { createdAt: "desc" } });
  // ruleid: js-user-rows-with-secrets-in-response
  return NextResponse.json(users);
}
