import { createClient } from "https://esm.sh/@supabase/supabase-js@2.39.3";

Deno.serve(async (req) => {
  const sb = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_ANON_KEY")!, {
    global: { headers: { Authorization: req.headers.get("Authorization") ?? "" } },
  });
  const { data: { user } } = await sb.auth.getUser();
  if (!user) return new Response("unauthorized", { status: 401 });
  // ok: supabase-user-metadata-authorization
  const meta = user.user_metadata ?? {};
  const claims = user.app_metadata ?? {};
  if (claims.role !== "admin") return new Response("forbidden", { status: 403 });
  return new Response(JSON.stringify({ name: meta.full_name, avatar: meta.avatar_url }));
});
