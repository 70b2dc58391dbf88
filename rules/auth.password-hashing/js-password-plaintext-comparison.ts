import { createClient } from "@supabase/supabase-js";
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

export async function login(email: string, password: string) {
  // ruleid: js-password-plaintext-comparison
  const { data } = await supabase.from("users").select("*").eq("email", email).eq("password", password).single();
  // ok: js-password-plaintext-comparison
  const { data: auth } = await supabase.auth.signInWithPassword({ email, password });
  // ruleid: js-password-plaintext-comparison
  const u = await prisma.user.findFirst({ where: { email, password } });
  return { data, auth, u };
}
