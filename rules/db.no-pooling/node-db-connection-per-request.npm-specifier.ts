// fixture-path: supabase/functions/report/index.ts
import pg from "npm:pg@8.11.3";

Deno.serve(async (req) => {
  // ruleid: node-db-connection-per-request
  const client = new pg.Client({ connectionString: Deno.env.get("SUPABASE_DB_URL") });
  await client.connect();
  const { rows } = await client.query("select count(*) from public.orders");
  await client.end();
  return Response.json(rows);
});
