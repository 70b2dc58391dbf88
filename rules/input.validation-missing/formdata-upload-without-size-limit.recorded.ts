// fixture-path: app/api/upload/route.ts
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const supabase = createClient();
  // ruleid: formdata-upload-without-size-limit (the size is recorded, never checked)
  const form = await req.formData();
  const file = form.get("file") as File | null;
  if (!file) return NextResponse.json({ error: "file required" }, { status: 400 });
  const path = `uploads/${crypto.randomUUID()}`;
  await supabase.storage.from("attachments").upload(path, file, { contentType: file.type });
  await supabase.from("attachments").insert({ path, size_bytes: file.size });
  return NextResponse.json({ path });
}
