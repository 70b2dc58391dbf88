// fixture-path: app/dashboard/actions.ts
"use server";
import { createServerClient } from "@supabase/ssr";
import { cookies } from "next/headers";

async function client() {
  const store = await cookies();
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { getAll: () => store.getAll(), setAll: () => {} },
  });
}

export async function deleteProject(id: string) {
  const supabase = await client();
  // ruleid: supabase-getsession-trusted-on-server
  const { data: { session } } = await supabase.auth.getSession();
  if (!session) throw new Error("not signed in");
  await supabase.from("projects").delete().eq("id", id).eq("owner", session.user.id);
}

export async function renameProject(id: string, name: string) {
  const supabase = await client();
  // ok: supabase-getsession-trusted-on-server
  const { data: { session } } = await supabase.auth.getSession();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("not signed in");
  await supabase.from("projects").update({ name }).eq("id", id).eq("owner", user.id);
  return session?.expires_at;
}
