// fixture-path: supabase/functions/notes/index.ts
// Not a database driver: the Supabase client talks to the REST API.
import { createClient } from "https://esm.sh/@supabase/supabase-js@2.45.4";

Deno.serve(async (req) => {
  // ok: node-db-connection-per-request
  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_ANON_KEY")!);
  // ok: node-db-connection-per-request
  const client = new Client(Deno.env.get("SOME_API_KEY"));
  const { data } = await supabase.from("notes").select("*");
  return Response.json({ data, client });
});
