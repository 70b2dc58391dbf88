import { createClient } from "@supabase/supabase-js";
import { prisma } from "./db";

const supabaseAdmin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

export async function spendCredits(userId: string, amount: number) {
  const { data } = await supabaseAdmin.from("profiles").select("credits").eq("id", userId).single();
  const balance = data?.credits ?? 0;
  if (balance < amount) throw new Error("INSUFFICIENT_CREDITS");
  // ruleid: balance-read-modify-write
  await supabaseAdmin.from("profiles").update({ credits: balance - amount }).eq("id", userId);
  return balance - amount;
}

export async function chargeUser(userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user || user.credits < 1) throw new Error("no credits");
  // ruleid: balance-read-modify-write
  await prisma.user.update({ where: { id: userId }, data: { credits: user.credits - 1 } });
}

export async function chargeAtomically(userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw new Error("no user");
  // ok: balance-read-modify-write
  const { count } = await prisma.user.updateMany({ where: { id: userId, credits: { gte: 1 } }, data: { credits: { decrement: 1 } } });
  return count === 1;
}

export async function spendViaRpc(userId: string, amount: number) {
  const { data } = await supabaseAdmin.from("profiles").select("credits").eq("id", userId).single();
  // ok: balance-read-modify-write
  const { error } = await supabaseAdmin.rpc("spend_credits", { p_user: userId, p_amount: amount, credits: data?.credits });
  return !error;
}

// A report that only displays a computed difference writes nothing.
export async function usageSummary(userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  // ok: balance-read-modify-write
  return { credits: (user?.credits ?? 0) - 0, plan: user?.plan };
}

export async function preview(userId: string, reserved: number) {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  // ok: balance-read-modify-write
  const view = { credits: user!.credits - reserved, plan: user!.plan };
  return view;
}

async function getCredits(userId: string): Promise<number> {
  const { data } = await supabaseAdmin.from("profiles").select("credits").eq("id", userId).single();
  return data?.credits ?? 0;
}

export async function spendThroughGetter(userId: string, amount: number) {
  const balance = await getCredits(userId);
  if (balance < amount) throw new Error("INSUFFICIENT_CREDITS");
  // ruleid: balance-read-modify-write
  await supabaseAdmin.from("profiles").update({ credits: balance - amount }).eq("id", userId);
}
