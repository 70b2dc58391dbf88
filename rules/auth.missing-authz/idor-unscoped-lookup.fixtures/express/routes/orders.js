const router = require('express').Router();
const Order = require('../models/order');

router.get('/:id', async (req, res) => {
  // ruleid: idor-unscoped-lookup
  const order = await Order.findById(req.params.id);
  res.json(order);
});

router.get('/mine/:id', async (req, res) => {
  // ok: idor-unscoped-lookup
  const order = await Order.findOne({ _id: req.params.id, userId: req.user.id });
  if (!order) return res.status(404).end();
  res.json(order);
});

router.delete('/:id', async (req, res) => {
  const { id } = req.params;
  // ruleid: idor-unscoped-lookup
  await Order.findByIdAndDelete(id);
  res.status(204).end();
});

module.exports = router;
