const router = require('express').Router();
const { sendMail } = require('../utils/mailer');

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

router.post('/:id/send', async (req, res) => {
  const { to, message } = req.body;
  // ok: email-html-user-text-unescaped (escaped before it goes in)
  await sendMail(to, `Invoice ${req.params.id}`, `<p>${escapeHtml(message)}</p>`);
  res.json({ sent: true });
});

module.exports = router;
