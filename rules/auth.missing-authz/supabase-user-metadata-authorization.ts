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

export async function deleteAsAdmin(token: string) {
  const { data: { user } } = await supabase.auth.getUser(token);
  // ruleid: supabase-user-metadata-authorization
  const meta = user?.user_metadata ?? {};
  if (meta.role !== "admin") {
    return new Response("forbidden", { status: 403 });
  }
  return new Response("ok");
}

export async function exportAsPro(token: string) {
  const { data } = await supabase.auth.getUser(token);
  // ruleid: supabase-user-metadata-authorization
  const { full_name, plan } = data.user?.user_metadata ?? {};
  if (plan !== "pro") throw new Error(`Upgrade first, ${full_name}`);
}

export async function profileCard(token: string) {
  const { data } = await supabase.auth.getUser(token);
  // Display only, but the alias check is per file: another `meta` of this file reads a role.
  // todook: supabase-user-metadata-authorization
  const meta = data.user?.user_metadata ?? {};
  return { name: meta.full_name, avatar: meta.avatar_url };
}

export async function profileHeader(token: string) {
  const { data } = await supabase.auth.getUser(token);
  // ok: supabase-user-metadata-authorization
  const { full_name, avatar_url } = data.user?.user_metadata ?? {};
  // ok: supabase-user-metadata-authorization
  const claims = data.user?.app_metadata ?? {};
  return { full_name, avatar_url, admin: claims.role === "admin" };
}
