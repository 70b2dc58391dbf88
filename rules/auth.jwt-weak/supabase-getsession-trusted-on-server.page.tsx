// fixture-path: app/dashboard/page.tsx
import { redirect } from "next/navigation";
import { createClient } from "@/utils/supabase/server";

export default async function DashboardPage() {
  const supabase = await createClient();
  const {
    data: { session },
    // ruleid: supabase-getsession-trusted-on-server
  } = await supabase.auth.getSession();

  if (!session) redirect("/login");

  const { data: profile } = await supabase
    .from("profiles")
    .select("full_name, plan")
    .eq("id", session.user.id)
    .single();

  return <h1>Hi {profile?.full_name}</h1>;
}

export async function SettingsPanel() {
  const supabase = await createClient();
  // ok: supabase-getsession-trusted-on-server
  const { data: { session } } = await supabase.auth.getSession();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  return <p>{user.email} (token expires {session?.expires_at})</p>;
}
