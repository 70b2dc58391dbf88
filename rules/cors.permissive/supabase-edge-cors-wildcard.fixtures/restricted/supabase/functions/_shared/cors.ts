const allowed = (Deno.env.get("ALLOWED_ORIGINS") ?? "").split(",");

export function corsHeaders(req: Request) {
  const origin = req.headers.get("Origin") ?? "";
  return {
    // ok: supabase-edge-cors-wildcard
    "Access-Control-Allow-Origin": allowed.includes(origin) ? origin : allowed[0],
    // ok: supabase-edge-cors-wildcard
    "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
    // ok: supabase-edge-cors-wildcard (a comment, not a header)
    // was: "Access-Control-Allow-Origin": "*",
    Vary: "Origin",
  };
}

/** For the public lead-capture form embedded on customers' sites. */
export const publicCorsHeaders: Record<string, string> = {
  // ok: supabase-edge-cors-wildcard (named for public endpoints, beside the restricted set)
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};
