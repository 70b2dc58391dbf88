const router = require('express').Router();
const { sendMail, sendEmail } = require('../utils/mailer');
const { sendSafeMail } = require('../lib/safe-mail');

router.post('/:id/send', async (req, res, next) => {
  try {
    const { to, cc, message } = req.body;
    await sendMail(
      to,
      `Invoice ${req.params.id}`,
      // ruleid: email-html-user-text-unescaped
      `<p>${message}</p><p>Pay here: https://invoicely.io/pay/${req.params.id}</p>`,
      { cc }
    );
    res.json({ sent: true });
  } catch (err) {
    next(err);
  }
});

router.post('/:id/remind', async (req, res) => {
  const { to, note } = req.body;
  // ruleid: email-html-user-text-unescaped
  await sendEmail({ to, subject: 'Reminder', html: `<p>${note}</p>` });
  res.json({ sent: true });
});

router.post('/:id/share', async (req, res) => {
  const { to, message } = req.body;
  // ok: email-html-user-text-unescaped (the wrapper sanitizes the HTML)
  await sendSafeMail(to, 'Shared invoice', `<p>${message}</p>`);
  res.json({ sent: true });
});

router.post('/:id/reset', async (req, res) => {
  const link = `https://invoicely.io/reset/${req.params.id}`;
  // ok: email-html-user-text-unescaped (only a link the server built)
  await sendMail(req.user.email, 'Reset', `<a href="${link}">Reset your password</a>`);
  res.json({ sent: true });
});

router.post('/:id/plain', async (req, res) => {
  const { to, message } = req.body;
  // ok: email-html-user-text-unescaped (no HTML: the template is the subject)
  await sendMail(to, `Note: ${message}`, 'See the invoice in your dashboard.');
  res.json({ sent: true });
});

module.exports = router;
