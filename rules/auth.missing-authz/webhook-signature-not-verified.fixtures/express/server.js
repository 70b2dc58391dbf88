const express = require('express');
const Stripe = require('stripe');
const { Pool } = require('pg');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const pool = new Pool();
const app = express();

// ok: webhook-signature-not-verified
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return res.status(400).send('bad signature');
  }
  if (event.type === 'checkout.session.completed') {
    await pool.query('UPDATE orders SET paid = true WHERE session_id = $1', [event.data.object.id]);
  }
  res.json({ received: true });
});

app.use(express.json());

// ruleid: webhook-signature-not-verified
app.post('/webhooks/payments', async (req, res) => {
  const event = req.body;
  if (event.type === 'checkout.session.completed') {
    await pool.query('UPDATE orders SET paid = true WHERE session_id = $1', [event.data.object.id]);
  }
  res.json({ received: true });
});

app.listen(3000);
