import { Resend } from "resend";

export const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "ShipFast <billing@shipfast.dev>";

export async function sendRaw(opts: { to: string | string[]; subject: string; html: string; replyTo?: string }) {
  return resend.emails.send({ from: FROM, ...opts });
}
