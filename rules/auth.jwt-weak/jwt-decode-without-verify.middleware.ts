// fixture-path: middleware.ts
import { NextResponse, type NextRequest } from "next/server";
import { decodeJwt, jwtVerify } from "jose";

export function middleware(request: NextRequest) {
  const token = request.cookies.get("session")?.value;
  if (!token) return NextResponse.redirect(new URL("/login", request.url));
  // ruleid: jwt-decode-without-verify
  const payload = decodeJwt(token);
  if (request.nextUrl.pathname.startsWith("/admin") && payload.role !== "admin") {
    return NextResponse.redirect(new URL("/", request.url));
  }
  return NextResponse.next();
}

export async function verified(request: NextRequest) {
  const token = request.cookies.get("session")?.value ?? "";
  const key = new TextEncoder().encode(process.env.SESSION_SECRET);
  const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
  // ok: jwt-decode-without-verify
  const again = decodeJwt(token);
  return payload.sub === again.sub;
}
