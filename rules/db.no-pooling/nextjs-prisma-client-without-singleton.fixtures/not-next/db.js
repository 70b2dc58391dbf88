const { PrismaClient } = require("@prisma/client");
// ok: nextjs-prisma-client-without-singleton
module.exports = new PrismaClient();
