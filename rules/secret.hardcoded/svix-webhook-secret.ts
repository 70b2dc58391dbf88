import { Webhook } from "svix";
import Stripe from "stripe";

// Clerk and Resend sign their webhooks with Svix; the secrets start with whsec_ like Stripe's.
// ok: stripe-webhook-secret
// ruleid: svix-webhook-secret
const CLERK_WEBHOOK_SECRET = "whsec_P5XtQEoeb3BQYd6YpTYrD66q/rydlhgZ";

export function verifyClerk(payload: string, headers: Record<string, string>) {
  return new Webhook(CLERK_WEBHOOK_SECRET).verify(payload, headers);
}

export function verifyResend(payload: string, headers: Record<string, string>) {
  // ok: stripe-webhook-secret
  // ruleid: svix-webhook-secret (passed straight to svix's Webhook)
  return new Webhook("whsec_bfVxBiiDPC9XkQwJmIBtHCcx4KZU4dQl").verify(payload, headers);
}

// ok: stripe-webhook-secret
// ruleid: svix-webhook-secret (a neutral name, but it is what a svix Webhook is built from)
const signingSecret: string = "whsec_61blNkFDMDpDaU8Cl7c6GfsNbd4Izt6f";
export const inbound = new Webhook(signingSecret);

export function verifyFromEnv(payload: string, headers: Record<string, string>) {
  // ok: svix-webhook-secret
  return new Webhook(process.env.CLERK_WEBHOOK_SECRET!).verify(payload, headers);
}

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export function verifyStripe(body: string, sig: string) {
  // ruleid: stripe-webhook-secret
  // ok: svix-webhook-secret (a Stripe endpoint secret in the same file: stripe-webhook-secret)
  return stripe.webhooks.constructEvent(body, sig, "whsec_i+LF2kR/nKP/I/13YWOX45iTVXJ79P90");
}
