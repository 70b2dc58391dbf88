const express = require("express");
const { Webhook } = require("svix");
const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);

const app = express();

app.post("/webhooks/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  // ruleid: webhook-verification-falls-back-to-raw-body
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) { event = JSON.parse(req.body.toString()); }
  await fulfil(event);
  res.json({ received: true });
});

app.post("/webhooks/clerk", express.json(), async (req, res) => {
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET);
  let evt;
  // ruleid: webhook-verification-falls-back-to-raw-body
  try {
    evt = wh.verify(JSON.stringify(req.body), {
      "svix-id": req.headers["svix-id"],
      "svix-timestamp": req.headers["svix-timestamp"],
      "svix-signature": req.headers["svix-signature"],
    });
  } catch (e) {
    evt = req.body;
  }
  await syncUser(evt);
  res.sendStatus(204);
});

app.post("/webhooks/resend", express.raw({ type: "application/json" }), async (req, res) => {
  const wh = new Webhook(process.env.RESEND_WEBHOOK_SECRET);
  let evt;
  // ok: webhook-verification-falls-back-to-raw-body
  try {
    evt = wh.verify(req.body, req.headers);
  } catch (e) {
    return res.status(400).send("Invalid signature");
  }
  await record(evt);
  res.sendStatus(204);
});

app.post("/webhooks/paddle", express.raw({ type: "application/json" }), async (req, res) => {
  let evt;
  // ok: webhook-verification-falls-back-to-raw-body
  try {
    evt = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (e) {
    res.status(400);
    throw e;
  }
  await record(evt);
  res.sendStatus(204);
});

app.listen(3000);
