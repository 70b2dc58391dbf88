// fixture-path: app/api/admin/users/route.ts
import { NextResponse } from "next/server";

export async function GET(req: Request) {
  const auth = req.headers.get("authorization");
  // ruleid: js-admin-key-insecure-default
  if (auth === `Bearer ${process.env.ADMIN_DEV_TOKEN ?? "dev"}`) {
    return NextResponse.json({ users: [] });
  }
  // ruleid: js-admin-key-insecure-default
  const cronKey = process.env["CRON_SECRET"] || "local-cron";
  // ok: js-admin-key-insecure-default (empty fallback fails closed)
  const internal = process.env.INTERNAL_API_KEY ?? "";
  // ok: js-admin-key-insecure-default (the header's name)
  const headerName = process.env.ADMIN_TOKEN_HEADER ?? "x-admin-token";
  // ok: js-admin-key-insecure-default (browser-visible, not a secret)
  const pk = process.env.NEXT_PUBLIC_DEV_KEY ?? "pk_dev";
  // ok: js-admin-key-insecure-default (not an admin or dev credential)
  const region = process.env.AWS_REGION ?? "us-east-1";
  return NextResponse.json({ cronKey, internal, headerName, pk, region }, { status: 403 });
}
