import { NextResponse } from "next/server";
import { supabaseAdmin } from "../../../lib/admin";

// ruleid: service-role-without-auth (anyone can create share links for any bookmark)
export async function POST(req: Request) {
  const { bookmarkId, slug } = await req.json();
  const { data } = await supabaseAdmin.from("share_links").insert({ bookmark_id: bookmarkId, slug }).select().single();
  return NextResponse.json(data);
}
