import { NextResponse } from "next/server";
import { supabaseAdmin } from "../../../lib/admin";

// ok: service-role-without-auth (a public short link: read by its slug, bumps its click counter)
export async function GET(req: Request, { params }: { params: { slug: string } }) {
  const { data: link } = await supabaseAdmin
    .from("share_links")
    .select("id, target_url, revoked_at")
    .eq("slug", params.slug)
    .maybeSingle();
  if (!link || link.revoked_at) return NextResponse.redirect(new URL("/not-found", req.url));
  await supabaseAdmin.rpc("increment_share_click", { p_link_id: link.id });
  return NextResponse.redirect(link.target_url, 302);
}
