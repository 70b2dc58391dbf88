import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

const SIGNED_IN_ONLY = ["/app", "/account"];

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  // API routes only get CORS headers here; the session check below is for pages.
  if (pathname.startsWith("/api/")) {
    const res = NextResponse.next();
    res.headers.set("Access-Control-Allow-Origin", process.env.APP_ORIGIN ?? "");
    return res;
  }
  if (SIGNED_IN_ONLY.some((p) => pathname.startsWith(p))) {
    const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
    if (!token) return NextResponse.redirect(new URL("/login", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/api/:path*", "/app/:path*", "/account/:path*"] };
