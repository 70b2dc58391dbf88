// fixture-path: prisma/seed.js
import { PrismaClient } from "@prisma/client";
import bcrypt from "bcrypt";
import { randomBytes } from "crypto";

const prisma = new PrismaClient();

async function main() {
  // ruleid: default-admin-credentials
  const password = await bcrypt.hash("admin123", 10);
  await prisma.user.upsert({
    where: { email: "admin@promptpilot.app" },
    update: {},
    create: { email: "admin@promptpilot.app", name: "Admin", password, role: "admin" },
  });

  await prisma.user.create({
    data: {
      email: "owner@acme.io",
      // ruleid: default-admin-credentials
      password: await bcrypt.hash("Password1!", 12),
      role: "ADMIN",
    },
  });

  await prisma.user.create({
    // ruleid: default-admin-credentials
    data: { email: "root@acme.io", passwordHash: "changeme", isAdmin: true },
  });

  // ok: default-admin-credentials (read from the environment)
  const adminHash = await bcrypt.hash(process.env.ADMIN_PASSWORD, 12);
  await prisma.user.create({ data: { email: process.env.ADMIN_EMAIL, password: adminHash, role: "ADMIN" } });

  // ok: default-admin-credentials (random, printed once)
  const generated = randomBytes(18).toString("base64url");
  await prisma.user.create({ data: { email: "ops@acme.io", password: await bcrypt.hash(generated, 12), role: "ADMIN" } });
}

async function demoData() {
  // ok: default-admin-credentials (a regular demo account)
  const demoPassword = await bcrypt.hash("demo1234", 10);
  await prisma.user.create({ data: { email: "demo@acme.io", password: demoPassword, role: "USER" } });
}

main().then(demoData).finally(() => prisma.$disconnect());
