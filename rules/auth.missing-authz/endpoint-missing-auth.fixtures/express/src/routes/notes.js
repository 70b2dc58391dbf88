const router = require('express').Router();
const Note = require('../models/note');

// ok: endpoint-missing-auth
router.get('/', async (req, res) => res.json(await Note.find({ userId: req.user.id })));

// ok: endpoint-missing-auth
router.post('/', async (req, res) => {
  res.json(await Note.create({ text: String(req.body.text), userId: req.user.id }));
});

module.exports = router;
