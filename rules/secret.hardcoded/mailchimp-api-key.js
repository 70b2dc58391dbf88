const mailchimp = require("@mailchimp/mailchimp_marketing");
// ruleid: mailchimp-api-key
mailchimp.setConfig({ apiKey: "6b7305741aac8f392e858970c9340db1-us6", server: "us6" });
// ok: mailchimp-api-key
mailchimp.setConfig({ apiKey: process.env.MAILCHIMP_API_KEY, server: "us6" });
