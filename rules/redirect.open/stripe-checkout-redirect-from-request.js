import express from "express";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const APP_URL = process.env.APP_URL;
const app = express();
app.use(express.json());

app.post("/api/billing/checkout", async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: process.env.STRIPE_PRICE_PRO, quantity: 1 }],
    // ruleid: stripe-checkout-redirect-from-request
    success_url: req.body.successUrl,
    // ruleid: stripe-checkout-redirect-from-request
    cancel_url: req.body.cancelUrl || `${APP_URL}/pricing`,
  });
  res.json({ url: session.url });
});

app.post("/api/billing/subscribe", async (req, res) => {
  const { priceId, successUrl, cancelUrl } = req.body;
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: priceId, quantity: 1 }],
    // ruleid: stripe-checkout-redirect-from-request
    success_url: successUrl,
    // ruleid: stripe-checkout-redirect-from-request
    cancel_url: cancelUrl,
  });
  res.json({ url: session.url });
});

app.post("/api/billing/portal", async (req, res) => {
  const returnTo = req.query.returnTo;
  const portal = await stripe.billingPortal.sessions.create({
    customer: req.user.stripeCustomerId,
    // ruleid: stripe-checkout-redirect-from-request
    return_url: returnTo,
  });
  res.json({ url: portal.url });
});

app.post("/api/billing/checkout-safe", async (req, res) => {
  const { priceId } = req.body;
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: priceId, quantity: 1 }],
    // ok: stripe-checkout-redirect-from-request
    success_url: `${process.env.APP_URL}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
    // ok: stripe-checkout-redirect-from-request
    cancel_url: `${APP_URL}/billing`,
  });
  res.json({ url: session.url });
});

app.post("/api/billing/checkout-path", async (req, res) => {
  const next = String(req.body.next || "/billing");
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: req.body.priceId, quantity: 1 }],
    // ok: stripe-checkout-redirect-from-request (a path on the configured origin)
    success_url: `${APP_URL}${next.startsWith("/") ? next : "/billing"}`,
    // ok: stripe-checkout-redirect-from-request
    cancel_url: "https://app.example.io/billing",
  });
  res.json({ url: session.url });
});

app.post("/api/billing/portal-checked", async (req, res) => {
  const { returnUrl } = req.body;
  if (!ALLOWED_RETURN_URLS.includes(returnUrl)) return res.status(400).json({ error: "Bad return URL" });
  const portal = await stripe.billingPortal.sessions.create({
    customer: req.user.stripeCustomerId,
    // ok: stripe-checkout-redirect-from-request (checked against an allow-list first)
    return_url: returnUrl,
  });
  res.json({ url: portal.url });
});

app.post("/api/billing/checkout-origin", async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: req.body.priceId, quantity: 1 }],
    // ok: stripe-checkout-redirect-from-request (the Origin header: Stripe's own samples do this; not flagged here)
    success_url: `${req.headers.origin}/billing?success=1`,
    // ok: stripe-checkout-redirect-from-request
    cancel_url: `${req.headers.origin}/billing?canceled=1`,
  });
  res.json({ url: session.url });
});
