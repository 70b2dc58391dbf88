// fixture-path: app/api/upload/route.ts
import { NextRequest, NextResponse } from "next/server";

export async function OPTIONS() {
  return NextResponse.json(
    {},
    {
      headers: {
        // ruleid: js-cors-allow-origin-wildcard-header
        "access-control-allow-origin": "*",
        "Access-Control-Allow-Methods": "POST,OPTIONS",
      },
    }
  );
}

export async function POST(req: NextRequest) {
  const form = await req.formData();
  if (!form.get("file")) {
    // ok: js-cors-allow-origin-wildcard-header
    return NextResponse.json({ error: "No file" }, { status: 400, headers: { "Access-Control-Allow-Origin": "*" } });
  }
  // ok: js-cors-allow-origin-wildcard-header
  return NextResponse.json({ ok: true }, { headers: { "Access-Control-Allow-Origin": "*" } });
}
