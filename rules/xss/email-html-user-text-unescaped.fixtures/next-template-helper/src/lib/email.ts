import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export function inviteTemplate(inviter: string, note: string) {
  // ruleid: email-html-user-text-unescaped
  return `<h2>${inviter} invited you</h2><p>${note}</p>`;
}

export const reminderTemplate = (title: string, message: string) => {
  // ruleid: email-html-user-text-unescaped
  return `<h1>Reminder: ${title}</h1><p>${message}</p>`;
};

// An expression-bodied arrow at top level has no enclosing function for `in = "callers"` (engine),
// so the rule leaves `=> \`...\`` out.
// todoruleid: email-html-user-text-unescaped
export const digestTemplate = (title: string, message: string) => `<h1>${title}</h1><p>${message}</p>`;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function safeInviteTemplate(inviter: string, note: string) {
  // ok: email-html-user-text-unescaped (escaped)
  return `<h2>${escapeHtml(inviter)} invited you</h2><p>${escapeHtml(note)}</p>`;
}

// Rendered on a page, never mailed.
export function notePreview(note: string) {
  // ok: email-html-user-text-unescaped (no caller sends it)
  return `<div class="preview">${note}</div>`;
}

export function welcomeTemplate(name: string) {
  // ok: email-html-user-text-unescaped (no user-written text)
  return `<h1>Welcome!</h1><p>Your account is ready.</p>`;
}

function escapeHtml(s: string) {
  return esc(s);
}

export async function sendEmail(to: string, subject: string, html: string) {
  return resend.emails.send({ from: "hello@acme-mail.dev", to, subject, html });
}
