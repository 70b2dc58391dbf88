// fixture-path: pages/api/admin/users.ts
import type { NextApiRequest, NextApiResponse } from "next";
import type { Session } from "next-auth";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth";

function isAdmin(session: Session | null): boolean {
  if (!session?.user) return false;
  // ruleid: email-domain-authorization
  return session.user.email?.endsWith("@chatforge.ai") || session.user.role === "ADMIN";
}

// Staff by the company's domain, split form.
function isStaff(email: string) {
  // ruleid: email-domain-authorization
  return email.split("@")[1] === "acme.io";
}

// Google Workspace sign-in: the hosted domain claim and the verified flag are checked.
function isInternal(profile: { email: string; email_verified: boolean; hd?: string }) {
  // ok: email-domain-authorization
  return profile.email_verified && profile.hd === "acme.io" && profile.email.endsWith("@acme.io");
}

// Not a privilege: routing a support ticket by the sender's domain.
function ticketQueue(email: string) {
  // ok: email-domain-authorization
  return email.endsWith("@bigcustomer.com") ? "priority" : "standard";
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!isAdmin(session)) return res.status(403).json({ error: "Admin access required" });
  res.json({ ok: isStaff(session!.user!.email!), internal: isInternal, queue: ticketQueue });
}
