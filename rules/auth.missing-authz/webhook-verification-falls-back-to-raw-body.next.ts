// fixture-path: app/api/webhooks/stripe/route.ts
import { NextResponse } from "next/server";
import Stripe from "stripe";
import { PrismaClient } from "@prisma/client";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const prisma = new PrismaClient();

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";

  let event: Stripe.Event;
  // ruleid: webhook-verification-falls-back-to-raw-body
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.warn("signature verification failed, using raw payload", err);
    event = JSON.parse(body) as Stripe.Event;
  }

  if (event.type === "checkout.session.completed") {
    const cs = event.data.object as Stripe.Checkout.Session;
    await prisma.order.update({ where: { id: cs.metadata!.orderId }, data: { status: "paid" } });
  }
  return NextResponse.json({ received: true });
}

export async function PUT(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  // ok: webhook-verification-falls-back-to-raw-body
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.error(`webhook signature check failed: ${err}`);
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  return NextResponse.json({ received: event.id });
}

export async function PATCH(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  // ok: webhook-verification-falls-back-to-raw-body
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    const claimed = JSON.parse(body);
    console.error("rejected forged event", claimed.id, err);
    return new Response("Invalid signature", { status: 400 });
  }
  return NextResponse.json({ received: event.id });
}

export async function DELETE(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  // ok: webhook-verification-falls-back-to-raw-body
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    if (process.env.NODE_ENV === "production") return new Response("Invalid signature", { status: 400 });
    event = JSON.parse(body);
  }
  return NextResponse.json({ received: event.id });
}
