// fixture-path: src/pages/Profile.tsx
import { useState } from "react";
import { createClient } from "@supabase/supabase-js";
import { z } from "zod";

const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY);
const DEFAULTS = { theme: "light" };

export default function Profile({ userId }: { userId: string }) {
  const [form, setForm] = useState<Record<string, any>>({});
  const [profile, setProfile] = useState<any>(null);

  const save = async () => {
    // ruleid: supabase-client-update-spread
    await supabase.from("profiles").update({ ...form }).eq("id", userId);
  };

  const saveAll = async () => {
    // ruleid: supabase-client-update-spread
    const { error } = await supabase.from("profiles").upsert(profile);
    if (error) throw error;
  };

  const saveWithStamp = async () => {
    const updates = { ...profile, updated_at: new Date().toISOString() };
    // ruleid: supabase-client-update-spread
    await supabase.from("profiles").update(updates).eq("id", userId);
  };

  const createAccount = async (values: Record<string, unknown>) => {
    // ruleid: supabase-client-update-spread
    await supabase.from("accounts").insert({ id: userId, ...values });
  };

  const saveName = async () => {
    // ok: supabase-client-update-spread
    await supabase.from("profiles").update({ full_name: form.full_name }).eq("id", userId);
  };

  const saveFields = async () => {
    const updates = { full_name: form.full_name, avatar_url: form.avatar_url };
    // ok: supabase-client-update-spread
    await supabase.from("profiles").update(updates).eq("id", userId);
  };

  const saveDefaults = async () => {
    // ok: supabase-client-update-spread (a constant object)
    await supabase.from("profiles").update({ ...DEFAULTS }).eq("id", userId);
  };

  const addTodo = async (todo: { title: string }) => {
    // ok: supabase-client-update-spread (not an account table)
    await supabase.from("todos").insert({ ...todo, user_id: userId });
  };

  const saveValidated = async () => {
    const data = z.object({ full_name: z.string(), bio: z.string() }).strict().parse(form);
    // ok: supabase-client-update-spread
    await supabase.from("profiles").update({ ...data }).eq("id", userId);
  };

  return <button onClick={save}>Save</button>;
}
