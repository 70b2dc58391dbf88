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

export async function PUT(request: NextRequest) {
  const { searchParams, origin } = new URL(request.url);
  const next = searchParams.get("next") ?? "/dashboard";
  // ruleid: nextjs-open-redirect (an absolute next URL is used as it is)
  return NextResponse.redirect(next.startsWith("http") ? next : `${origin}${next}`);
}

export async function PATCH(request: NextRequest) {
  const { origin } = new URL(request.url);
  const plan = "pro";
  // ok: nextjs-open-redirect (both branches are the app's own)
  return NextResponse.redirect(plan === "pro" ? `${origin}/billing` : `${origin}/pricing`);
}

function safeNext(value: string | null) {
  if (!value || !value.startsWith("/") || value.startsWith("//")) return "/dashboard";
  return value;
}

export async function DELETE(request: NextRequest) {
  const next = safeNext(request.nextUrl.searchParams.get("next"));
  // ok: nextjs-open-redirect (checked by the safeNext helper)
  return NextResponse.redirect(new URL(next, request.url));
}

function safeNextPath(value: string | null, fallback = "/dashboard") {
  if (!value || !value.startsWith("/") || value.startsWith("//")) return fallback;
  return value;
}

export async function PUT(request: NextRequest) {
  const form = await request.formData();
  // ok: nextjs-open-redirect (checked by a helper named for it)
  return NextResponse.redirect(new URL(safeNextPath(form.get("next") as string | null), request.url));
}

export async function PATCH(request: NextRequest) {
  const form = await request.formData();
  const next = String(form.get("next") ?? "/");
  // ruleid: nextjs-open-redirect
  return NextResponse.redirect(new URL(next, request.url));
}

export async function HEAD(request: NextRequest, { params }: { params: { slug: string } }) {
  // ok: nextjs-open-redirect (a fixed first path segment keeps it on this origin)
  return NextResponse.redirect(new URL(`/share/${params.slug}`, request.url));
}
