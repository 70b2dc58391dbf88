import { PrismaClient } from "@prisma/client";

// ok: nextjs-prisma-client-without-singleton (a CLI script outside scripts/: it exits its own process)
const prisma = new PrismaClient();

prisma.session
  .deleteMany({})
  .then(() => prisma.$disconnect())
  .then(() => process.exit(0));
