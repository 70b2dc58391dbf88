const Message = require('../models/Message');

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// @route GET /api/messages/search?q=deploy
exports.searchMessages = async (req, res) => {
  const { q, workspaceId } = req.query;
  // ruleid: js-regexp-from-request
  const regex = new RegExp(q, 'gi');
  const messages = await Message.find({ workspace: workspaceId, content: regex }).limit(50);
  res.json(messages);
};

exports.filterUsers = async (req, res) => {
  // ruleid: js-regexp-from-request
  const pattern = new RegExp(req.body.pattern);
  res.json({ ok: pattern.test('x') });
};

exports.searchChannels = async (req, res) => {
  const { q } = req.query;
  // ok: js-regexp-from-request
  const regex = new RegExp(escapeRegex(String(q)), 'i');
  res.json(await Message.find({ content: regex }).limit(20));
};

exports.listTags = async (req, res) => {
  // ok: js-regexp-from-request
  const slug = new RegExp('^[a-z0-9-]+$');
  res.json({ valid: slug.test(String(req.query.tag)) });
};
