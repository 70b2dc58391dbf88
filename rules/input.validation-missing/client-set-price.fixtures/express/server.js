const express = require('express');
const Stripe = require('stripe');
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.use(express.json());

app.post('/api/checkout', async (req, res) => {
  const { amount, productName } = req.body;
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{
      quantity: 1,
      price_data: {
        currency: 'usd',
        product_data: { name: productName },
        // ruleid: client-set-price
        unit_amount: amount,
      },
    }],
  });
  res.json({ url: session.url });
});

app.post('/api/checkout/v2', async (req, res) => {
  const product = await db.product.findUnique({ where: { id: String(req.body.productId) } });
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    // ok: client-set-price
    line_items: [{ quantity: 1, price_data: { currency: 'usd', product_data: { name: product.name }, unit_amount: product.priceCents } }],
  });
  res.json({ url: session.url });
});

app.post('/api/subscribe', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    // ok: client-set-price
    line_items: [{ price: req.body.priceId, quantity: 1 }],
  });
  res.json({ url: session.url });
});

app.post('/api/tip', async (req, res) => {
  // ruleid: client-set-price
  const intent = await stripe.paymentIntents.create({ amount: req.body.cents, currency: 'usd' });
  res.json({ clientSecret: intent.client_secret });
});

const PRICES = { pro: 'price_1NxQfKLk9mV2pT8wPro', team: 'price_1NxQfKLk9mV2pT8wTeam' };
const AMOUNTS = { small: 500, large: 2000 };

app.post('/api/subscribe', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    // ok: client-set-price (the client names a plan; the price id comes from the server's table)
    line_items: [{ price: PRICES[req.body.plan] ?? PRICES.pro, quantity: 1 }],
  });
  res.json({ url: session.url });
});

app.post('/api/donate', async (req, res) => {
  // ok: client-set-price (a server-side amount picked by name)
  const intent = await stripe.paymentIntents.create({ amount: AMOUNTS[req.body.size], currency: 'usd' });
  res.json({ clientSecret: intent.client_secret });
});

app.post('/api/custom-donation', async (req, res) => {
  // ruleid: client-set-price (the amount is the client's own number)
  const intent = await stripe.paymentIntents.create({ amount: req.body.amount * 100, currency: 'usd' });
  res.json({ clientSecret: intent.client_secret });
});

app.listen(3000);
