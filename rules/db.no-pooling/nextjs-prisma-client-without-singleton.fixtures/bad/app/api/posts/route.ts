import { PrismaClient } from "@prisma/client";
// ruleid: nextjs-prisma-client-without-singleton
const prisma = new PrismaClient();

export async function GET() {
  return Response.json(await prisma.post.findMany());
}
