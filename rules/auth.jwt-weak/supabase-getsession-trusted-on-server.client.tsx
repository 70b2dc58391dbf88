"use client";
import { createBrowserClient } from "@supabase/ssr";
import { useEffect } from "react";

const supabase = createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);

export function useSession(set: (s: unknown) => void) {
  useEffect(() => {
    // ok: supabase-getsession-trusted-on-server
    supabase.auth.getSession().then(({ data }) => set(data.session));
  }, [set]);
}
