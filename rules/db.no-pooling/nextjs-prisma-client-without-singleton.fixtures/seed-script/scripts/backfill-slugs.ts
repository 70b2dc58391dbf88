import { PrismaClient } from "@prisma/client";

// ok: nextjs-prisma-client-without-singleton
const prisma = new PrismaClient();

async function run() {
  for (const p of await prisma.post.findMany({ where: { slug: null } })) {
    await prisma.post.update({ where: { id: p.id }, data: { slug: p.title.toLowerCase() } });
  }
  await prisma.$disconnect();
}
run();
