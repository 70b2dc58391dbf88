import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/prisma";
import { buildInvoiceSearch, buildSafeSearch, buildStatsSql } from "@/lib/search";

export async function GET(req: NextRequest) {
  const params = Object.fromEntries(req.nextUrl.searchParams);
  const sql = buildInvoiceSearch("user-1", params);
  // ruleid: prisma-query-raw-unsafe-sql-from-helper (critical: the query string reaches the helper)
  const rows = await prisma.$queryRawUnsafe(sql);
  const safe = buildSafeSearch("user-1", params.q);
  // ok: prisma-query-raw-unsafe-sql-from-helper (Prisma.sql fragments)
  const more = await prisma.$queryRaw(safe);
  const statsSql = buildStatsSql();
  // ok: prisma-query-raw-unsafe-sql-from-helper (the helper returns a constant)
  const stats = await prisma.$queryRawUnsafe(statsSql);
  const sql2 = buildInvoiceSearch("user-1", params);
  // ok: prisma-query-raw-unsafe-sql-from-helper (with bind parameters)
  const bound = await prisma.$queryRawUnsafe(sql2, params.q);
  return NextResponse.json({ rows, more, stats, bound });
}
