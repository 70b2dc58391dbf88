import { NextRequest, NextResponse } from "next/server";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();
const SORT_COLUMNS: Record<string, string> = { newest: "createdAt", title: "title" };
const SORTABLE = ["createdAt", "title"];

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const sort = req.nextUrl.searchParams.get("sort") ?? "createdAt";
  // ruleid: prisma-query-raw-unsafe-interpolation
  const posts = await prisma.$queryRawUnsafe(
    `SELECT id, title FROM "Post" WHERE title ILIKE $1 ORDER BY "${sort}" DESC LIMIT 20`,
    `%${q}%`
  );
  return NextResponse.json(posts);
}

export async function POST(req: NextRequest) {
  const { groupBy } = await req.json();
  // ruleid: prisma-query-raw-unsafe-interpolation
  const rows = await prisma.$queryRawUnsafe(`SELECT count(*) AS n FROM "Post" WHERE "authorId" = $1 GROUP BY ${groupBy}`, 1);
  return NextResponse.json(rows);
}

export async function PUT(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const orderCol = SORT_COLUMNS[req.nextUrl.searchParams.get("sort") ?? ""] ?? "createdAt";
  // ok: prisma-query-raw-unsafe-interpolation
  const posts = await prisma.$queryRawUnsafe(`SELECT id, title FROM "Post" WHERE title ILIKE $1 ORDER BY "${orderCol}" DESC`, q);
  return NextResponse.json(posts);
}

export async function PATCH(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const sort = req.nextUrl.searchParams.get("sort") ?? "createdAt";
  if (!SORTABLE.includes(sort)) return NextResponse.json({ error: "bad sort" }, { status: 400 });
  // ok: prisma-query-raw-unsafe-interpolation
  const posts = await prisma.$queryRawUnsafe(`SELECT id, title FROM "Post" WHERE title ILIKE $1 ORDER BY "${sort}" DESC`, `%${q}%`);
  return NextResponse.json(posts);
}

export async function DELETE(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  // ok: prisma-query-raw-unsafe-interpolation
  const posts = await prisma.$queryRawUnsafe(`SELECT id, title FROM "Post" WHERE title ILIKE $1 ORDER BY "createdAt" DESC`, `%${q}%`);
  return NextResponse.json(posts);
}
