// fixture-path: app/api/checkout/route.ts
import { NextResponse } from "next/server";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const body = await req.json();
  const origin = process.env.NEXT_PUBLIC_SITE_URL;
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: body.priceId, quantity: 1 }],
    // ruleid: stripe-checkout-redirect-from-request
    success_url: body.successUrl,
    // ok: stripe-checkout-redirect-from-request (origin comes from configuration)
    cancel_url: `${origin}/pricing`,
  });
  return NextResponse.json({ url: session.url });
}

export async function PUT(req: Request) {
  const { success_url, cancel_url, priceId } = await req.json();
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: priceId, quantity: 1 }],
    // ruleid: stripe-checkout-redirect-from-request
    success_url,
    // ruleid: stripe-checkout-redirect-from-request
    cancel_url,
  });
  return NextResponse.json({ url: session.url });
}
