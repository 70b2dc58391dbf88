import * as functions from "firebase-functions/v1";
import { onCall, HttpsError } from "firebase-functions/v2/https";
import { getFirestore } from "firebase-admin/firestore";
import * as admin from "firebase-admin";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);
const db = getFirestore();
const WELCOME_BONUS = 5;

export const createCheckout = functions.https.onCall(async (data, context) => {
  if (!context.auth) throw new functions.https.HttpsError("unauthenticated", "Sign in first.");
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    // ruleid: client-set-price
    line_items: [{ price_data: { currency: "usd", product_data: { name: data.title }, unit_amount: data.price }, quantity: 1 }],
    success_url: "https://example.web.app/ok",
  });
  return { url: session.url };
});

export const createCheckoutV2 = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  const { amount, title } = request.data;
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{
      price_data: {
        currency: "usd",
        product_data: { name: title },
        // ruleid: client-set-price
        unit_amount: amount,
      },
      quantity: 1,
    }],
    success_url: "https://example.web.app/ok",
  });
  return { url: session.url };
});

export const createCheckoutFromCatalog = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  const product = await db.collection("products").doc(request.data.productId).get();
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    // ok: client-set-price
    line_items: [{ price: product.get("stripePriceId"), quantity: 1 }],
    success_url: "https://example.web.app/ok",
  });
  return { url: session.url };
});

// Any signed-in user grants credits to any account, in the amount they choose.
export const grantCredits = functions.https.onCall(async (data, context) => {
  if (!context.auth) throw new functions.https.HttpsError("unauthenticated", "Sign in first.");
  const { uid, amount } = data as { uid: string; amount: number };
  // ruleid: client-set-price
  await admin.firestore().doc(`users/${uid}`).update({ credits: admin.firestore.FieldValue.increment(amount) });
  return { ok: true };
});

// The amount is the server's own (a fixed welcome bonus).
export const claimWelcomeBonus = functions.https.onCall(async (_data, context) => {
  if (!context.auth) throw new functions.https.HttpsError("unauthenticated", "Sign in first.");
  // ok: client-set-price
  await admin.firestore().doc(`users/${context.auth.uid}`).update({ credits: admin.firestore.FieldValue.increment(WELCOME_BONUS) });
  return { ok: true };
});
