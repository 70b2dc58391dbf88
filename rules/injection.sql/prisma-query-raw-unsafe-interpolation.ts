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

// An optional filter built as a fragment, spliced into a query that also has positional parameters.
export async function totals(req: Request) {
  const { orgId } = await requireOrg();
  const stage = new URL(req.url).searchParams.get("stage");
  const stageFilter = stage ? `AND stage = '${stage}'` : "";
  // ruleid: prisma-query-raw-unsafe-interpolation
  const rows = await prisma.$queryRawUnsafe(`SELECT stage, SUM(value) FROM "Deal" WHERE "orgId" = $1 ${stageFilter} GROUP BY stage`, orgId);
  const paramFilter = stage ? `AND stage = $2` : "";
  // ok: prisma-query-raw-unsafe-interpolation (the fragment holds a placeholder, the value is bound)
  const safe = await prisma.$queryRawUnsafe(`SELECT stage, SUM(value) FROM "Deal" WHERE "orgId" = $1 ${paramFilter} GROUP BY stage`, orgId, stage);
  return Response.json({ rows, safe });
}
