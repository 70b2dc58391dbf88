const express = require('express');
const apiKeyAuth = require('../middleware/apiKey');
const Message = require('../models/Message');

const router = express.Router();
router.use(apiKeyAuth);

// ok: endpoint-missing-auth
router.get('/messages', async (req, res) => {
  res.json(await Message.find({ workspace: req.apiKey.workspace }).limit(50));
});

module.exports = router;
