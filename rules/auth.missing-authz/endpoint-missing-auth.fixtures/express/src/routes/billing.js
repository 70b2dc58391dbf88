const express = require('express');
const router = express.Router();
const Invoice = require('../models/invoice');
const { checkUser } = require('../middleware/auth');

// ruleid: endpoint-missing-auth
router.get('/invoices', async (req, res) => {
  res.json(await Invoice.find());
});

// ruleid: endpoint-missing-auth
router.delete('/invoices/:id', checkUser, async (req, res) => {
  await Invoice.deleteOne({ _id: req.params.id });
  res.status(204).end();
});

// ok: endpoint-missing-auth
router.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  Invoice.updateOne({ stripeId: event.data.object.id }, { paid: true });
  res.json({ received: true });
});

// ok: endpoint-missing-auth
router.post('/login', async (req, res) => {
  res.json({ token: 'x' });
});

module.exports = router;
