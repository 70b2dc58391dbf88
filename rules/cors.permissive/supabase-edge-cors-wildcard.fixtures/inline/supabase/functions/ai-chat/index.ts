const corsHeaders = {
  // ruleid: supabase-edge-cors-wildcard
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response(null, { headers: corsHeaders });
  const { prompt } = await req.json();
  return new Response(JSON.stringify({ prompt }), { headers: corsHeaders });
});
