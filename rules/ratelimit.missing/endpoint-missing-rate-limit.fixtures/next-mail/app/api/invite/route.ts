import { Resend } from "resend";
import { auth } from "@/auth";

const resend = new Resend(process.env.RESEND_API_KEY);

// ruleid: endpoint-missing-rate-limit (a signed-in user mails any list of addresses)
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const { emails } = await req.json();
  await resend.emails.send({ from: "App <invites@example.com>", to: emails, subject: "You're invited", text: "Join us" });
  return Response.json({ sent: emails.length });
}
