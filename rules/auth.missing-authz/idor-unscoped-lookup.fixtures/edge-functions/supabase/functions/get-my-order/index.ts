import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

Deno.serve(async (req) => {
  const supabaseAdmin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  const token = req.headers.get("Authorization")?.replace("Bearer ", "") ?? "";
  const { data: { user } } = await supabaseAdmin.auth.getUser(token);
  if (!user) return new Response("Unauthorized", { status: 401 });

  const { order_id } = await req.json();
  const { data: order } = await supabaseAdmin
    .from("orders")
    .select("*")
    // ok: idor-unscoped-lookup
    .eq("id", order_id)
    .eq("user_id", user.id)
    .single();
  return new Response(JSON.stringify(order), { headers: { "Content-Type": "application/json" } });
});
