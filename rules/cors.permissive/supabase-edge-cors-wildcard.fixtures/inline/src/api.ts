// Not an edge function (js-cors-allow-origin-wildcard-header covers other servers).
export const headers = {
  // ok: supabase-edge-cors-wildcard
  "Access-Control-Allow-Origin": "*",
};
