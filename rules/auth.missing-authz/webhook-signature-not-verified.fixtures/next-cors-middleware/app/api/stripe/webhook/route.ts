import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { prisma } from "@/lib/prisma";

// ruleid: webhook-signature-not-verified (the middleware only adds CORS headers on /api/)
export async function POST(req: Request) {
  const signature = req.headers.get("stripe-signature");
  const event = (await req.json()) as Stripe.Event;
  console.log("stripe event", event.type, Boolean(signature));
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await prisma.account.update({ where: { id: session.metadata?.accountId }, data: { plan: "pro" } });
  }
  return NextResponse.json({ received: true });
}
