// fixture-path: app/api/profile/route.ts
import { NextResponse } from "next/server";

export async function PATCH(request: Request) {
  const body = await request.json();
  // ruleid: js-mass-assignment-request-body
  const { error } = await supabase.from("profiles").update(body).eq("id", user.id);
  return NextResponse.json({ ok: !error });
}

export async function POST(request: Request) {
  const parsed = Profile.safeParse(await request.json());
  if (!parsed.success) return NextResponse.json({ error: "bad input" }, { status: 400 });
  // ok: js-mass-assignment-request-body
  await prisma.profile.create({ data: parsed.data });
  return NextResponse.json({ ok: true });
}
