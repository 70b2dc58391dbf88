// fixture-path: app/api/posts/route.ts
import { PrismaClient } from "@prisma/client";

export async function GET() {
  // ruleid: prisma-client-per-request
  const prisma = new PrismaClient();
  const posts = await prisma.post.findMany();
  return Response.json(posts);
}

const prismaClientSingleton = () => {
  // ok: prisma-client-per-request
  return new PrismaClient();
};
