Deno.serve(async (req) => {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  // ok: supabase-edge-cors-wildcard (once per project: listed in the _shared/cors.ts finding)
  headers.set('Access-Control-Allow-Origin', '*');
  return new Response('{}', { headers });
});
