export const corsHeaders = {
  // ruleid: supabase-edge-cors-wildcard
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type',
  // ok: supabase-edge-cors-wildcard
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
};
