const sgMail = require("@sendgrid/mail");
// ruleid: sendgrid-api-key
sgMail.setApiKey("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");
// ok: sendgrid-api-key
sgMail.setApiKey(process.env.SENDGRID_API_KEY);
// ok: sendgrid-api-key
const hint = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
