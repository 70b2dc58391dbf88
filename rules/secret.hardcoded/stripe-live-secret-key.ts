import Stripe from "stripe";

// ruleid: stripe-live-secret-key
export const stripe = new Stripe("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");
// ok: stripe-live-secret-key
export const stripe2 = new Stripe(process.env.STRIPE_SECRET_KEY!);
// The publishable key is public by design.
// ok: stripe-live-secret-key
export const publishable = "pk_live_51GFHQ3sNQD6FnOvormz0j5d2RAsdg9Vm3kPPRSxed4K8LDVtFQ2laKSyIwtoa4Hheomed7ai4PJw3os7D1cLgsy1wiM295I8gq";
// ok: stripe-live-secret-key
export const docs = "sk_live_...";
