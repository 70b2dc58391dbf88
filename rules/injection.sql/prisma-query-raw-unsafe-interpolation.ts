import { PrismaClient, Prisma } from "@prisma/client";
const prisma = new PrismaClient();

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const email = searchParams.get("email") ?? "";
  // ruleid: prisma-query-raw-unsafe-interpolation
  const a = await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
  // ruleid: prisma-query-raw-unsafe-interpolation
  const b = await prisma.$executeRawUnsafe("DELETE FROM \"Session\" WHERE token = '" + email + "'");
  const query = `SELECT * FROM "Post" WHERE title LIKE '%${searchParams.get("q")}%'`;
  // ruleid: prisma-query-raw-unsafe-interpolation
  const c = await prisma.$queryRawUnsafe<Post[]>(query);
  // ok: prisma-query-raw-unsafe-interpolation
  const d = await prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;
  // ok: prisma-query-raw-unsafe-interpolation
  const e = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
  // ok: prisma-query-raw-unsafe-interpolation
  const f = await prisma.$queryRaw(Prisma.sql`SELECT * FROM "User" WHERE email = ${email}`);
  return Response.json({ a, b, c, d, e, f });
}
