// fixture-path: src/lib/auth.ts
import { supabase } from "./supabase";

export async function signUp(email: string, password: string, name: string) {
  const { data, error } = await supabase.auth.signUp({ email, password });
  if (error || !data.user) throw error;
  // ruleid: supabase-client-writes-own-privileges
  await supabase.from("users").insert({ id: data.user.id, email, name, role: "member", is_admin: false });
  // ok: supabase-client-writes-own-privileges
  await supabase.from("profiles").insert({ id: data.user.id, display_name: name });
  return data.user;
}
