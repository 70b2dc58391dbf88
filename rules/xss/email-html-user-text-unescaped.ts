import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendInviteEmail(opts: { to: string; inviterName: string; boardTitle: string; note?: string }) {
  const { to, inviterName, boardTitle, note } = opts;
  return resend.emails.send({
    from: "Board <noreply@example.com>",
    to,
    subject: `${inviterName} invited you to ${boardTitle}`,
    // ruleid: email-html-user-text-unescaped
    html: `
      <h2>You're invited to ${boardTitle}</h2>
      ${note ? `<blockquote>${note}</blockquote>` : ""}
    `,
  });
}

export async function sendContact(body: { email: string; message: string }) {
  await resend.emails.send({
    from: "site@example.com",
    to: "owner@example.com",
    // ok: email-html-user-text-unescaped
    subject: `Contact from ${body.email}`,
    // ruleid: email-html-user-text-unescaped
    html: `<p>From: ${body.email}</p><p>${body.message}</p>`,
  });
}

export async function sendReset(to: string, link: string) {
  // Links and codes the server built: nothing a user wrote.
  // ok: email-html-user-text-unescaped
  await resend.emails.send({ from: "a@example.com", to, subject: "Reset", html: `<a href="${link}">Reset your password</a>` });
}

export async function sendAlert(error: Error) {
  // ok: email-html-user-text-unescaped
  await resend.emails.send({ from: "a@example.com", to: "ops@example.com", subject: "Error", html: `<pre>${error.message}</pre>` });
}

export async function plainText(note: string) {
  // ok: email-html-user-text-unescaped
  await resend.emails.send({ from: "a@example.com", to: "b@example.com", subject: "Note", text: `Note: ${note}` });
}
