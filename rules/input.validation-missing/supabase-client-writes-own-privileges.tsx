// fixture-path: src/hooks/useCredits.tsx
import { useState } from "react";
import { supabase } from "@/integrations/supabase/client";

export function useCredits() {
  const [credits, setCredits] = useState(0);

  const spendCredit = async () => {
    const { data: { user } } = await supabase.auth.getUser();
    if (!user) return;
    // ruleid: supabase-client-writes-own-privileges
    await supabase.from("profiles").update({ credits: credits - 1 }).eq("id", user.id);
    setCredits((c) => c - 1);
  };

  const upgradeAfterCheckout = async (session: any) => {
    // ruleid: supabase-client-writes-own-privileges
    const { error } = await supabase.from("user_subscriptions").upsert({
      user_id: session.user.id,
      plan: "pro",
      pages_remaining: 500,
    });
    if (error) throw error;
  };

  const saveProfile = async (fullName: string, avatarUrl: string) => {
    const { data: { user } } = await supabase.auth.getUser();
    // ok: supabase-client-writes-own-privileges
    await supabase.from("profiles").update({ full_name: fullName, avatar_url: avatarUrl }).eq("id", user!.id);
  };

  const saveWorkout = async (userId: string, plan: object) => {
    const { data: { user } } = await supabase.auth.getUser();
    // ok: supabase-client-writes-own-privileges
    await supabase.from("workout_plans").insert({ user_id: user!.id, plan, title: "Week 1" });
  };

  const logUsage = async () => {
    // ok: supabase-client-writes-own-privileges
    await supabase.functions.invoke("consume-credit", { body: { amount: 1 } });
  };

  return { credits, spendCredit, upgradeAfterCheckout, saveProfile, saveWorkout, logUsage };
}
