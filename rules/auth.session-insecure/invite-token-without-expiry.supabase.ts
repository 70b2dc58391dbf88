// fixture-path: app/api/invites/accept/route.ts
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const { token } = await req.json();
  const supabase = await createClient();
  // ruleid: invite-token-without-expiry
  const { data: invite } = await supabase.from("invites").select("*").eq("token", token).single();
  if (!invite) return NextResponse.json({ error: "Invalid invite" }, { status: 404 });
  // ok: invite-token-without-expiry (a member lookup, not the invite)
  const { data: member } = await supabase.from("members").select("id").eq("token", token).maybeSingle();
  return NextResponse.json({ teamId: invite.team_id, member });
}
