import type { NextApiRequest, NextApiResponse } from "next";
import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY as string);

// ruleid: endpoint-missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { to, from, subject, message } = req.body;
  await sgMail.send({ to, from: "noreply@example.com", replyTo: from, subject, text: String(message) });
  res.status(200).json({ sent: true });
}
