import { Resend } from "resend";
import { auth } from "@/auth";

const resend = new Resend(process.env.RESEND_API_KEY);

// ok: endpoint-missing-rate-limit (the mail goes to the signed-in user only)
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.email) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const { note } = await req.json();
  await resend.emails.send({ from: "App <n@example.com>", to: session.user.email, subject: "Saved", text: String(note) });
  return Response.json({ ok: true });
}
