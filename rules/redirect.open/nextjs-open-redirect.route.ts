// fixture-path: app/auth/callback/route.ts
import { NextResponse, type NextRequest } from "next/server";

export async function GET(request: NextRequest) {
  const { searchParams } = new URL(request.url);
  const next = searchParams.get("next") ?? "/";
  // ruleid: nextjs-open-redirect
  return NextResponse.redirect(new URL(next, request.url));
}

export async function POST(request: NextRequest) {
  // ok: nextjs-open-redirect
  return NextResponse.redirect(new URL("/login", request.url));
}
