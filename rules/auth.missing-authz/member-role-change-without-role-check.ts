// fixture-path: app/api/teams/[teamId]/members/[userId]/route.ts
import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { prisma } from "@/lib/prisma";

const RoleSchema = z.object({ role: z.enum(["owner", "admin", "member"]) });

async function getMembership(teamId: string, userId: string) {
  const { data } = await supabaseAdmin.from("team_members").select("role").eq("team_id", teamId).eq("user_id", userId).maybeSingle();
  return data;
}

export async function PATCH(req: Request, { params }: { params: { teamId: string; userId: string } }) {
  const { data: { user } } = await createClient().auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const me = await getMembership(params.teamId, user.id);
  if (!me) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const parsed = RoleSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid role" }, { status: 400 });
  const { error } = await supabaseAdmin
    .from("team_members")
    // ruleid: member-role-change-without-role-check
    .update({ role: parsed.data.role })
    .eq("team_id", params.teamId)
    .eq("user_id", params.userId);
  return NextResponse.json({ ok: !error });
}

export async function PUT(req: Request, { params }: { params: { teamId: string; userId: string } }) {
  const { data: { user } } = await createClient().auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const me = await getMembership(params.teamId, user.id);
  if (!me || !["owner", "admin"].includes(me.role)) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const { role } = RoleSchema.parse(await req.json());
  await supabaseAdmin
    .from("team_members")
    // ok: member-role-change-without-role-check (the caller's role is checked)
    .update({ role })
    .eq("team_id", params.teamId)
    .eq("user_id", params.userId);
  return NextResponse.json({ ok: true });
}
