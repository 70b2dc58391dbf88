import { NextResponse, type NextRequest } from "next/server";

export function middleware(req: NextRequest) {
  const session = req.cookies.get("__session")?.value;
  // ruleid: jwt-decode-without-verify
  const claims = session ? JSON.parse(atob(session.split(".")[1])) : null;
  if (!claims) return NextResponse.redirect(new URL("/login", req.url));
  if (req.nextUrl.pathname.startsWith("/admin") && claims.admin !== true) {
    return NextResponse.redirect(new URL("/", req.url));
  }
  return NextResponse.next();
}

export function requireUser(token: string) {
  // ruleid: jwt-decode-without-verify
  const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
  return { userId: payload.sub, role: payload.role };
}

export function version(tag: string) {
  // Not a token: a dotted version string.
  // ok: jwt-decode-without-verify
  return Number(tag.split(".")[1]);
}

function readClaims(token: string) {
  try {
    // ruleid: jwt-decode-without-verify (two steps, with the base64url fix-up)
    const part = token.split(".")[1];
    return JSON.parse(atob(part.replace(/-/g, "+").replace(/_/g, "/")));
  } catch {
    return null;
  }
}

export function sessionRole(token: string) {
  // ruleid: jwt-decode-without-verify
  const [, payload] = token.split(".");
  return JSON.parse(Buffer.from(payload, "base64url").toString()).role;
}

export function fileKind(name: string) {
  // ok: jwt-decode-without-verify (a file extension; nothing is base64-decoded)
  const [, ext] = name.split(".");
  return ext;
}
