// fixture-path: app/api/session/route.ts
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function POST(request: Request) {
  const { token } = await request.json();
  const cookieStore = await cookies();
  // ruleid: session-max-age-too-long
  cookieStore.set("session", token, { httpOnly: true, secure: true, maxAge: 60 * 60 * 24 * 365 });
  // ok: session-max-age-too-long (a week, in seconds)
  cookieStore.set("session", token, { httpOnly: true, secure: true, maxAge: 60 * 60 * 24 * 7 });
  // ok: session-max-age-too-long (not a session cookie)
  cookieStore.set("locale", "en", { maxAge: 60 * 60 * 24 * 365 });
  // ruleid: session-max-age-too-long
  cookieStore.set("sb-access-token", token, { httpOnly: true, expires: new Date(Date.now() + 1000 * 60 * 60 * 24 * 365) });
  const res = NextResponse.json({ ok: true });
  // ruleid: session-max-age-too-long
  res.cookies.set({ name: "auth-token", value: token, httpOnly: true, maxAge: 31536000 });
  return res;
}
