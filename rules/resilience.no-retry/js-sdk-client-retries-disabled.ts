import OpenAI from "openai";
import Stripe from "stripe";

// ruleid: js-sdk-client-retries-disabled
export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, maxRetries: 0 });
// ruleid: js-sdk-client-retries-disabled
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { maxNetworkRetries: 0, timeout: 0 });
// ok: js-sdk-client-retries-disabled
export const ai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, maxRetries: 3, timeout: 20000 });
// ok: js-sdk-client-retries-disabled
export const s2 = new Stripe(process.env.STRIPE_SECRET_KEY!);
