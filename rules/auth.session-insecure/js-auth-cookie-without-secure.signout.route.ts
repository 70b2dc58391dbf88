// fixture-path: app/api/auth/signout/route.ts
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function POST() {
  // ok: js-auth-cookie-without-secure
  (await cookies()).set("session", "", { path: "/", maxAge: 0 });
  const res = NextResponse.json({ ok: true });
  // ok: js-auth-cookie-without-secure
  res.cookies.set({ name: "token", value: "", path: "/", expires: new Date(0) });
  return res;
}

export async function PUT(req: Request) {
  const { token } = await req.json();
  // ruleid: js-auth-cookie-without-secure
  (await cookies()).set("session", token, { path: "/", maxAge: 60 * 60 });
  return NextResponse.json({ ok: true });
}
