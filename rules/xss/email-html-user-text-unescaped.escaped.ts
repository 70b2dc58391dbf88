import nodemailer from "nodemailer";
import { escapeHtml } from "@/lib/escape";

const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST });

export async function notify(to: string, comment: string) {
  const safe = escapeHtml(comment);
  // ok: email-html-user-text-unescaped
  await transporter.sendMail({ from: "app@example.com", to, subject: "New comment", html: `<p>${safe}</p>` });
}

export async function notifyRaw(to: string, commentTitle: string) {
  // ruleid: email-html-user-text-unescaped
  await transporter.sendMail({ from: "app@example.com", to, subject: "New comment", html: `<h1>${commentTitle}</h1>` });
}
