// fixture-path: app/api/register/route.ts
import { NextResponse } from "next/server";
import { hash } from "bcryptjs";
import { db } from "@/lib/db";

export async function POST(req: Request) {
  const body = await req.json();
  // ruleid: admin-flag-from-request
  const isAdmin = body.accountType === "admin";
  const user = await db.user.create({ data: { email: body.email, passwordHash: await hash(body.password, 12), isAdmin } });
  return NextResponse.json({ id: user.id });
}

export async function PUT(req: Request) {
  const { data } = await supabase.from("invites").select("role").eq("code", "x").single();
  // ok: admin-flag-from-request
  const isAdmin = data.role === "admin";
  await db.user.update({ where: { id: "1" }, data: { isAdmin } });
  return NextResponse.json({ ok: true });
}
