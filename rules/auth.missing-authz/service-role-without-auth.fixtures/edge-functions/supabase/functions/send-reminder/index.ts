import { serve } from "https://deno.land/std@0.168.0/http/server.ts";
import { createClient } from "https://esm.sh/@supabase/supabase-js@2.45.0";

async function sendSms(to: string, body: string) {
  const sid = Deno.env.get("TWILIO_ACCOUNT_SID")!;
  const auth = btoa(`${sid}:${Deno.env.get("TWILIO_AUTH_TOKEN")}`);
  const form = new URLSearchParams({ To: to, From: Deno.env.get("TWILIO_FROM")!, Body: body });
  const res = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json`, {
    method: "POST",
    headers: { Authorization: `Basic ${auth}` },
    body: form,
    signal: AbortSignal.timeout(10_000),
  });
  return (await res.json()).sid as string;
}

// Sending a reminder is not a sign-in flow: no caller check means an open SMS relay.
// ruleid: service-role-without-auth
serve(async (req) => {
  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  const { appointmentId, to, message } = await req.json();
  const id = await sendSms(to, message);
  await supabase.from("reminder_log").insert({ appointment_id: appointmentId, recipient: to, provider_message_id: id });
  await supabase.from("appointments").update({ reminder_sent_at: new Date().toISOString() }).eq("id", appointmentId);
  return new Response(JSON.stringify({ ok: true }));
});
