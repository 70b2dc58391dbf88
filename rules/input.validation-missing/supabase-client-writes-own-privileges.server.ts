// fixture-path: supabase/functions/stripe-webhook/index.ts
import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

export async function grant(user: { id: string }) {
  // ok: supabase-client-writes-own-privileges
  await admin.from("profiles").update({ plan: "pro", credits: 500 }).eq("id", user.id);
}
