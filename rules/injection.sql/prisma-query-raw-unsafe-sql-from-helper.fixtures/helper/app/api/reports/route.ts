import { prisma } from "@/lib/prisma";
import { buildReportSql } from "@/lib/search";

export async function GET() {
  const year = new Date().getFullYear();
  const reportSql = buildReportSql(year);
  // ruleid: prisma-query-raw-unsafe-sql-from-helper (high: the value is the server's own)
  const rows = await prisma.$queryRawUnsafe(reportSql);
  return Response.json(rows);
}
