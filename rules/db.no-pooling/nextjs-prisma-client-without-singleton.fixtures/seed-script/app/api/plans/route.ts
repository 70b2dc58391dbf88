import { PrismaClient } from "@prisma/client";

// ruleid: nextjs-prisma-client-without-singleton (the app itself, next to the seed script)
const prisma = new PrismaClient();

export async function GET() {
  return Response.json(await prisma.plan.findMany());
}
