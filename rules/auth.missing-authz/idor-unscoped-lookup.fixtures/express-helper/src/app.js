const express = require('express');
const jwt = require('jsonwebtoken');
const { getOrder, getOrderFor, countOrders } = require('./orders.service');

const app = express();

function requireAuth(req, res, next) {
  try {
    req.user = jwt.verify(req.headers.authorization.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}

app.get('/api/orders/:id', requireAuth, async (req, res) => {
  // The service looks the order up by the id alone.
  // ruleid: idor-unscoped-lookup
  const order = await getOrder(req.params.id);
  res.json(order);
});

app.get('/api/my-orders/:orderId', requireAuth, async (req, res) => {
  const { orderId } = req.params;
  // ok: idor-unscoped-lookup
  const order = await getOrderFor(orderId, req.user.sub);
  if (!order) return res.status(404).end();
  res.json(order);
});

app.get('/api/orders/:id/receipt', requireAuth, async (req, res) => {
  // ok: idor-unscoped-lookup
  const order = await getOrder(req.params.id);
  if (!order || order.userId !== req.user.sub) return res.status(404).end();
  res.json({ total: order.total });
});

app.get('/api/orders-count/:status', requireAuth, async (req, res) => {
  // ok: idor-unscoped-lookup
  res.json({ n: await countOrders(req.params.status) });
});

app.listen(3000);
