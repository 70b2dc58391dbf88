// fixture-path: src/lib/webhooks.ts
import { supabaseAdmin } from "./supabase";

export async function deliver(teamId: string, event: unknown) {
  const { data: hooks } = await supabaseAdmin.from("webhooks").select("id, url").eq("team_id", teamId);
  for (const hook of hooks ?? []) {
    // ruleid: webhook-url-delivered-without-address-check
    await fetch(hook.url, { method: "POST", body: JSON.stringify(event) });
  }
  // ok: webhook-url-delivered-without-address-check (a fixed URL from the environment)
  await fetch(process.env.SLACK_WEBHOOK_URL!, { method: "POST", body: "{}" });
}
