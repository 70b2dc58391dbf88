import { corsHeaders } from '../_shared/cors.ts';

Deno.serve(async (req) => {
  // ok: supabase-edge-cors-wildcard
  if (req.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders });
  return new Response(JSON.stringify({ ok: true }), { headers: { ...corsHeaders, 'Content-Type': 'application/json' } });
});
