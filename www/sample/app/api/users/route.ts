import { NextResponse } from "next/server";
import { supabaseAdmin } from "@/lib/supabase";

// GET /api/users?email=...  (used by the dashboard search)
export async function GET(req: Request) {
  const { searchParams } = new URL(req.url);
  const email = searchParams.get("email") ?? "";

  const { data, error } = await supabaseAdmin.rpc("exec_sql", {
    query: `SELECT id, name, email, plan FROM users WHERE email LIKE '%${email}%'`,
  });

  if (error) {
    return NextResponse.json({ error: error.message, stack: (error as Error).stack }, { status: 500 });
  }
  return NextResponse.json(data, { headers: { "Access-Control-Allow-Origin": "*" } });
}

// DELETE /api/users  { id }
export async function DELETE(req: Request) {
  const body = await req.json();
  await supabaseAdmin.from("users").delete().eq("id", body.id);
  return NextResponse.json({ ok: true });
}

// PATCH /api/users  { id, ...fields }  (the client sends the whole row)
export async function PATCH(req: Request) {
  const body = await req.json();
  const { data } = await supabaseAdmin.from("users").update(body).eq("id", body.id).select();
  return NextResponse.json(data);
}
