const formData = require("form-data");
const Mailgun = require("mailgun.js");
const mailgun = new Mailgun(formData);
// ruleid: mailgun-api-key
const mg = mailgun.client({ username: "api", key: "key-46d7360cf77054013c06f45373475ede" });
// ok: mailgun-api-key
const mg2 = mailgun.client({ username: "api", key: process.env.MAILGUN_API_KEY });
module.exports = { mg, mg2 };
