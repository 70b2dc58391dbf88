const nodemailer = require('nodemailer');

const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST });

function sendMail(to, subject, html, extra = {}) {
  return transporter.sendMail({ from: '"Invoicely" <billing@invoicely.io>', to, subject, html, ...extra });
}

function sendEmail({ to, subject, html }) {
  return transporter.sendMail({ from: 'billing@invoicely.io', to, subject, html });
}

module.exports = { sendMail, sendEmail };
