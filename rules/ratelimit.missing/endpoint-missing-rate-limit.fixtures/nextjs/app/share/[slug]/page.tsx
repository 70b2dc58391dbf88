import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { createClient } from "@supabase/supabase-js";
import { createHash } from "node:crypto";

const admin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

// ruleid: endpoint-missing-rate-limit (a 4-6 digit PIN, unlimited guesses)
async function unlock(formData: FormData) {
  "use server";
  const slug = String(formData.get("slug") ?? "");
  const pin = String(formData.get("pin") ?? "");
  const { data: link } = await admin.from("share_links").select("slug, pin_hash").eq("slug", slug).maybeSingle();
  if (!link || createHash("sha256").update(pin).digest("hex") !== link.pin_hash) redirect(`/share/${slug}?error=1`);
  cookies().set(`share_${slug}`, "ok", { httpOnly: true });
  redirect(`/share/${slug}`);
}

export default function SharePage() {
  return <form action={unlock}><input name="pin" /></form>;
}
