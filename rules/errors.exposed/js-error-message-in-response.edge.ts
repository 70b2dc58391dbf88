// fixture-path: supabase/functions/create-invoice/index.ts
import Stripe from "https://esm.sh/stripe@14.21.0";

const headers = { "Content-Type": "application/json" };

Deno.serve(async (req) => {
  try {
    const { priceId } = await req.json();
    const stripe = new Stripe(Deno.env.get("STRIPE_SECRET_KEY") ?? "");
    const invoice = await stripe.invoices.create({ customer: priceId });
    return new Response(JSON.stringify({ id: invoice.id }), { headers });
  } catch (err) {
    const errorMessage = err instanceof Error ? err.message : String(err);
    console.error("[create-invoice]", errorMessage);
    // ruleid: js-error-message-in-response
    return new Response(JSON.stringify({ error: errorMessage }), { headers, status: 500 });
  }
});

export async function refund(req: Request) {
  try {
    return new Response(JSON.stringify(await doRefund(await req.json())), { headers });
  } catch (e) {
    const message = "Refund failed, please try again";
    console.error("refund", e);
    // ok: js-error-message-in-response
    return new Response(JSON.stringify({ error: message }), { headers, status: 500 });
  }
}

export async function coupon(req: Request) {
  try {
    return new Response(JSON.stringify(await applyCoupon(await req.json())), { headers });
  } catch (e) {
    const msg = e instanceof Error ? e.message : "Invalid coupon";
    // ok: js-error-message-in-response
    return new Response(JSON.stringify({ error: msg }), { headers, status: 400 });
  }
}
