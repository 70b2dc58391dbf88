// fixture-path: app/api/login/route.ts
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function POST(request: Request) {
  const { token } = await authenticate(await request.json());
  // ruleid: js-auth-cookie-without-httponly
  (await cookies()).set("session", token);
  const cookieStore = await cookies();
  // ruleid: js-auth-cookie-without-httponly
  cookieStore.set("auth-token", token, { secure: true, path: "/" });
  // ok: js-auth-cookie-without-httponly
  cookieStore.set("session", token, { httpOnly: true, secure: true, sameSite: "lax", path: "/" });
  // ok: js-auth-cookie-without-httponly
  cookieStore.set("sidebar_state", "open");
  const response = NextResponse.json({ ok: true });
  // ruleid: js-auth-cookie-without-httponly
  response.cookies.set({ name: "token", value: token, path: "/" });
  // ok: js-auth-cookie-without-httponly
  response.cookies.set({ name: "token", value: token, httpOnly: true, secure: true, path: "/" });
  return response;
}
