import { createClient } from "@supabase/supabase-js";

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);

export async function isAdmin(token: string) {
  const { data } = await supabase.auth.getUser(token);
  // ruleid: supabase-user-metadata-authorization
  return data.user?.user_metadata?.role === "admin";
}

export async function canExport(user: { user_metadata: Record<string, unknown> }) {
  // ruleid: supabase-user-metadata-authorization
  return user.user_metadata["plan"] === "pro";
}

export async function isAdminSafe(token: string) {
  const { data } = await supabase.auth.getUser(token);
  // ok: supabase-user-metadata-authorization
  return data.user?.app_metadata?.role === "admin";
}

export async function greeting(token: string) {
  const { data } = await supabase.auth.getUser(token);
  // Display only.
  // ok: supabase-user-metadata-authorization
  return `Hi ${data.user?.user_metadata?.full_name ?? "there"}`;
}

export async function register(email: string, password: string) {
  // The sign-up writes it (the other half of the bug), not a decision.
  // ok: supabase-user-metadata-authorization
  return supabase.auth.signUp({ email, password, options: { data: { role: "member" } } });
}
