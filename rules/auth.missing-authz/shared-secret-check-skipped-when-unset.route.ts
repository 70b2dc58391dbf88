// fixture-path: app/api/cron/digest/route.ts
import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { subscribers } from "@/lib/db/schema";
import { sendEmail } from "@/lib/email";

export async function GET(request: Request) {
  const secret = process.env.CRON_SECRET;
  // ruleid: shared-secret-check-skipped-when-unset
  if (secret && request.headers.get("authorization") !== `Bearer ${secret}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const subs = await db.select().from(subscribers);
  await sendEmail({ to: subs.map((s) => s.email), subject: "Digest", html: "<p>news</p>" });
  return NextResponse.json({ ok: true, sent: subs.length });
}

export async function POST(request: Request) {
  const secret = process.env.CRON_SECRET;
  // ok: shared-secret-check-skipped-when-unset (fails closed)
  if (!secret || request.headers.get("authorization") !== `Bearer ${secret}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  return NextResponse.json({ ok: true });
}

export async function PUT(request: Request) {
  const secret = process.env.CRON_SECRET;
  if (!secret) return NextResponse.json({ error: "CRON_SECRET is not configured" }, { status: 500 });
  // ok: shared-secret-check-skipped-when-unset (a missing secret was refused above)
  if (secret && request.headers.get("authorization") !== `Bearer ${secret}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  return NextResponse.json({ ok: true });
}

export async function DELETE(request: Request) {
  const isProd = process.env.NODE_ENV === "production";
  const expected = process.env.CRON_SECRET ?? "";
  // ok: shared-secret-check-skipped-when-unset (switched on the environment, not on the secret)
  if (isProd && request.headers.get("authorization") !== `Bearer ${expected}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  return NextResponse.json({ ok: true });
}
