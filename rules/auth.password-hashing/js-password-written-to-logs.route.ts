// fixture-path: app/api/auth/signup/route.ts
import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const body = await req.json();
  // todoruleid: js-password-written-to-logs (the parsed body is not followed to `req.json()`)
  console.log("signup", body);
  // ruleid: js-password-written-to-logs
  console.log("signup password", body.password);
  // ok: js-password-written-to-logs
  console.log("signup", body.email);
  return NextResponse.json({ ok: true });
}
