import { serve } from "https://deno.land/std@0.168.0/http/server.ts";
import { createClient } from "https://esm.sh/@supabase/supabase-js@2.45.0";

const ALLOWED_ROLES = ["staff", "provider", "admin"];

serve(async (req) => {
  const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  const { data: { user: caller } } = await admin.auth.getUser((req.headers.get("Authorization") ?? "").replace("Bearer ", ""));
  if (!caller) return new Response("Unauthorized", { status: 401 });

  // The requested role is compared (`role === "admin"`), but nothing checks the caller's role.
  const { email, role } = await req.json();
  if (!email || !ALLOWED_ROLES.includes(role)) return new Response("Invalid", { status: 400 });
  const { data: invited } = await admin.auth.admin.inviteUserByEmail(email, { data: { role } });
  // ruleid: client-set-price
  await admin.from("staff").upsert({ user_id: invited.user.id, is_admin: role === "admin" });
  await admin.from("profiles").update({ role }).eq("id", invited.user.id);
  return new Response(JSON.stringify({ ok: true }));
});
