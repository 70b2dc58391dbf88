import Stripe from "stripe";
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get("stripe-signature")!;
  // ruleid: stripe-webhook-secret
  const event = stripe.webhooks.constructEvent(body, sig, "whsec_af3mnte6RgJWXA45GaFbwIokIdl3f0SV");
  // ok: stripe-webhook-secret
  const event2 = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  return Response.json({ received: true, type: event.type, t2: event2.type });
}
