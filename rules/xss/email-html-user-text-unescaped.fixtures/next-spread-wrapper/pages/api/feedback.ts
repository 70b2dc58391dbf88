import type { NextApiRequest, NextApiResponse } from "next";
import { sendRaw } from "@/lib/mailer";

const esc = (s: string) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export default async function feedback(req: NextApiRequest, res: NextApiResponse) {
  const { message } = req.body;
  await sendRaw({
    to: "support@shipfast.dev",
    subject: "Feedback",
    // ok: email-html-user-text-unescaped (escaped)
    html: `<div>${esc(message)}</div>`,
  });
  res.status(204).end();
}
