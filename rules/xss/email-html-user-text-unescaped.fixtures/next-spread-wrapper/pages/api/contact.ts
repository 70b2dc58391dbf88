import type { NextApiRequest, NextApiResponse } from "next";
import { sendRaw } from "@/lib/mailer";
import { renderPreview } from "@/lib/preview";

// "Send invoice by e-mail" + public contact form share this endpoint
export default async function contact(req: NextApiRequest, res: NextApiResponse) {
  const { to = "support@shipfast.dev", name, email, message } = req.body;
  await sendRaw({
    to,
    replyTo: email,
    subject: `Message from ${name}`,
    // ruleid: email-html-user-text-unescaped
    html: `<h3>${name} wrote:</h3><div>${message}</div>`,
  });
  res.status(200).json({ ok: true });
}

export async function preview(req: NextApiRequest, res: NextApiResponse) {
  const { message } = req.body;
  const page = renderPreview({
    title: "Preview",
    // ok: email-html-user-text-unescaped (not an e-mail: the helper comes from a preview module)
    html: `<div class="note">${message}</div>`,
  });
  res.status(200).json({ page });
}
