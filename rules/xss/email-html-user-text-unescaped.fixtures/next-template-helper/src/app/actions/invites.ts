"use server";

import { z } from "zod";
import { sendEmail, inviteTemplate, reminderTemplate, digestTemplate, safeInviteTemplate, welcomeTemplate } from "@/lib/email";

const schema = z.object({ email: z.string().email(), name: z.string(), note: z.string().max(500) });

export async function inviteMember(input: unknown) {
  const { email, name, note } = schema.parse(input);
  await sendEmail(email, "You're invited", inviteTemplate(name, note));
  return { ok: true };
}

export async function remind(input: unknown) {
  const { email, name, note } = schema.parse(input);
  const html = reminderTemplate(name, note);
  await sendEmail(email, "Reminder", html);
  await sendEmail(email, "Invite", safeInviteTemplate(name, note));
  await sendEmail(email, "Welcome", welcomeTemplate(name));
  await sendEmail(email, "Digest", digestTemplate(name, note));
  return { ok: true };
}
