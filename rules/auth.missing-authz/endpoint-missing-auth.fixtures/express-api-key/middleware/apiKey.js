const crypto = require('crypto');
const ApiKey = require('../models/ApiKey');

// Keys are stored hashed; the raw key travels in a header.
module.exports = async function apiKeyAuth(req, res, next) {
  const raw = req.header('x-api-key');
  if (!raw) return res.status(401).json({ error: 'Missing API key' });
  const keyHash = crypto.createHash('sha256').update(String(raw)).digest('hex');
  const apiKey = await ApiKey.findOne({ keyHash, revoked: false });
  if (!apiKey) return res.status(401).json({ error: 'Invalid API key' });
  req.apiKey = apiKey;
  next();
};
