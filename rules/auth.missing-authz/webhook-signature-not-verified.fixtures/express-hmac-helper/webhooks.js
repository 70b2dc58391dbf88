const express = require('express');
const crypto = require('crypto');

const router = express.Router();

const isValidShippingSignature = (rawBody, signatureHex) => {
  if (!signatureHex || !process.env.SHIPPING_WEBHOOK_SECRET) return false;
  const expected = crypto.createHmac('sha256', process.env.SHIPPING_WEBHOOK_SECRET).update(rawBody).digest();
  const given = Buffer.from(String(signatureHex), 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
};

// Carrier status updates (HMAC-SHA256 of the raw body in X-ShipFast-Signature)
// ok: webhook-signature-not-verified (isValidShippingSignature above computes the HMAC and compares it in constant time)
router.post('/shipping', express.raw({ type: 'application/json' }), (req, res) => {
  if (!isValidShippingSignature(req.body, req.get('X-ShipFast-Signature'))) {
    return res.status(401).json({ message: 'Invalid signature' });
  }
  const event = JSON.parse(req.body.toString('utf8'));
  console.log('shipping update', event.tracking_number, event.status);
  res.sendStatus(204);
});

// ruleid: webhook-signature-not-verified
router.post('/payments', express.json(), (req, res) => {
  const event = req.body;
  if (event.type === 'payment.succeeded') console.log('paid', event.data.order_id);
  res.sendStatus(204);
});

module.exports = router;
