import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

// ok: endpoint-missing-auth
Deno.serve(async (req) => {
  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_ANON_KEY")!, {
    global: { headers: { Authorization: req.headers.get("Authorization")! } },
  });
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const { email } = await req.json();
  await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${Deno.env.get("RESEND_API_KEY")}` },
    body: JSON.stringify({ from: "App <hello@example.com>", to: [email], subject: "You are invited", text: `${user.email} invited you.` }),
  });
  return new Response(null, { status: 204 });
});
