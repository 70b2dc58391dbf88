import { PrismaClient } from "@prisma/client";

// run by `prisma db seed` (package.json#prisma.seed): one process, one client
// ok: nextjs-prisma-client-without-singleton
const prisma = new PrismaClient();

async function main() {
  await prisma.plan.upsert({ where: { id: "free" }, update: {}, create: { id: "free", name: "Free" } });
}

main()
  .catch((e) => {
    console.error(e);
    process.exit(1);
  })
  .finally(() => prisma.$disconnect());
