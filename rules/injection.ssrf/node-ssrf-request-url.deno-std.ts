// A Supabase edge function on the deno.land/std `serve` import (Lovable's template).
import { serve } from "https://deno.land/std@0.168.0/http/server.ts";

serve(async (req) => {
  const { url } = await req.json();
  // ruleid: node-ssrf-request-url
  const res = await fetch(url);
  return new Response(await res.text());
});
