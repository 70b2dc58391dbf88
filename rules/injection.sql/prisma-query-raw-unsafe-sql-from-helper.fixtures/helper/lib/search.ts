import { Prisma } from "@prisma/client";

// Builds the invoice search SQL by string interpolation
export function buildInvoiceSearch(userId: string, { q }: { q?: string }) {
  const where = [`"userId" = '${userId}'`];
  if (q) where.push(`"number" ILIKE '%${q}%'`);
  return `SELECT id, number FROM "Invoice" WHERE ${where.join(" AND ")} LIMIT 50`;
}

export const buildReportSql = (year: number) =>
  "SELECT month, sum(total) FROM \"Invoice\" WHERE year = " + year + " GROUP BY month";

// Parameterised fragments: safe to run.
export function buildSafeSearch(userId: string, q?: string) {
  const where = [Prisma.sql`"userId" = ${userId}`];
  if (q) where.push(Prisma.sql`"number" ILIKE ${"%" + q + "%"}`);
  return Prisma.sql`SELECT id FROM "Invoice" WHERE ${Prisma.join(where, " AND ")}`;
}

// A constant query.
export function buildStatsSql() {
  return 'SELECT count(*) FROM "Invoice"';
}
