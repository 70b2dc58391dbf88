import { Webhook } from "svix";

export async function POST(req: Request) {
  const secret = process.env.WEBHOOK_SECRET!;
  const body = await req.text();
  const evt = new Webhook(secret).verify(body, Object.fromEntries(req.headers));
  return Response.json({ ok: true, evt });
}
