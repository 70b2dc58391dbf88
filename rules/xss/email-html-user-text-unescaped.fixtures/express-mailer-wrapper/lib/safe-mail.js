const nodemailer = require('nodemailer');
const sanitizeHtml = require('sanitize-html');

const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST });

async function sendSafeMail(to, subject, html) {
  const clean = sanitizeHtml(html, { allowedTags: ['p', 'a', 'b', 'i'], allowedAttributes: { a: ['href'] } });
  return transporter.sendMail({ from: 'billing@invoicely.io', to, subject, html: clean });
}

module.exports = { sendSafeMail };
