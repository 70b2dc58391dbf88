// fixture-path: supabase/functions/send-email/index.ts
// Supabase's documented pattern: bearer-token callers, no credentials, nothing to steal.
const corsHeaders = {
  // ok: js-cors-allow-origin-wildcard-header
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

const restricted = {
  // ok: js-cors-allow-origin-wildcard-header
  "Access-Control-Allow-Origin": Deno.env.get("APP_ORIGIN"),
};

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  return new Response(JSON.stringify({ ok: true }), { headers: { ...restricted, "Content-Type": "application/json" } });
});
