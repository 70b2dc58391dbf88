// fixture-path: app/api/session/route.ts
import { cookies } from "next/headers";

export async function POST(request: Request) {
  const { token } = await request.json();
  const cookieStore = await cookies();
  // ruleid: js-auth-cookie-without-secure
  cookieStore.set("session", token, { httpOnly: true, path: "/" });
  // ok: js-auth-cookie-without-secure
  cookieStore.set("session", token, { httpOnly: true, secure: true, sameSite: "lax", path: "/" });
  return new Response(null, { status: 204 });
}
