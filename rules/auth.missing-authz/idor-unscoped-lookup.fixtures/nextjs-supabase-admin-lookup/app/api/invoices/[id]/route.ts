import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

type Params = { params: Promise<{ id: string }> };

// The session proves who the caller is, but the lookup runs with the service role: RLS is
// bypassed and nothing ties the invoice to the caller's team.
export async function GET(_req: Request, { params }: Params) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const { data: invoice } = await supabaseAdmin
    .from("invoices")
    .select("*")
    // ruleid: idor-unscoped-lookup (high: service-role lookup)
    .eq("id", id)
    .single();
  return NextResponse.json(invoice);
}

// The same lookup through the caller's session client: the RLS policy scopes it to the team.
export async function DELETE(_req: Request, { params }: Params) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: idor-unscoped-lookup
  const { error } = await supabase.from("invoices").delete().eq("id", id);
  if (error) return NextResponse.json({ error: "Could not delete" }, { status: 400 });
  return new NextResponse(null, { status: 204 });
}
