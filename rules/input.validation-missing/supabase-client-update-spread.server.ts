// fixture-path: app/settings/actions.ts
"use server";
import { createClient } from "@/lib/supabase/server";

export async function saveProfile(form: Record<string, unknown>) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  // ok: supabase-client-update-spread (server code)
  await supabase.from("profiles").update({ ...form }).eq("id", user!.id);
}
