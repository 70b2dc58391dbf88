import { createClient } from "https://esm.sh/@supabase/supabase-js@2.39.3";

Deno.serve(async (req) => {
  const sb = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  const token = req.headers.get("Authorization")?.split(" ")[1] ?? "";
  const { data: { user } } = await sb.auth.getUser(token);

  // ruleid: supabase-user-metadata-authorization
  const meta = user?.user_metadata ?? {};
  if (meta.role !== "admin") {
    return new Response("forbidden", { status: 403 });
  }

  const { userId } = await req.json();
  await sb.auth.admin.deleteUser(userId);
  return new Response(JSON.stringify({ ok: true }));
});
