"use server";
// fixture-path: app/actions/billing.ts

import { redirect } from "next/navigation";

import { stripe } from "@/lib/stripe";

const PACKS: Record<string, { credits: number; amount: number }> = { small: { credits: 100, amount: 500 } };

// Credit packs: the pricing page computes the total from the slider.
export async function purchaseCredits(formData: FormData) {
  const credits = Number(formData.get("credits"));
  const amountCents = Number(formData.get("amount"));

  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [
      {
        price_data: {
          currency: "usd",
          product_data: { name: `${credits} AI credits` },
          // ruleid: payment-amount-from-request-variable
          unit_amount: amountCents,
        },
        quantity: 1,
      },
    ],
    metadata: { credits: String(credits) },
    success_url: "https://example.com/ok",
  });
  redirect(session.url!);
}

export async function purchasePack(formData: FormData) {
  const pack = PACKS[String(formData.get("pack"))];
  const packCents = pack.amount;
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [
      {
        price_data: {
          currency: "usd",
          product_data: { name: `${pack.credits} AI credits` },
          // ok: payment-amount-from-request-variable
          unit_amount: packCents,
        },
        quantity: 1,
      },
    ],
    success_url: "https://example.com/ok",
  });
  redirect(session.url!);
}

export async function tip(formData: FormData) {
  const amount = Number(formData.get("amount"));
  const intent = await stripe.paymentIntents.create({
    // ok: payment-amount-from-request-variable (same-named field: client-set-price reports it)
    amount: amount,
    currency: "usd",
  });
  return intent.client_secret;
}

export async function donate(formData: FormData) {
  const totalCents = Math.round(Number(formData.get("total")) * 100);
  // ruleid: payment-amount-from-request-variable
  const intent = await stripe.paymentIntents.create({ amount: totalCents, currency: "usd" });
  return intent.client_secret;
}
