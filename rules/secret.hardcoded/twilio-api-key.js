const twilio = require("twilio");
// ruleid: twilio-api-key
const client = twilio("SKafdf9f58c0b8667f3681797b235b3b8a", process.env.TWILIO_API_SECRET, { accountSid: process.env.TWILIO_ACCOUNT_SID });
// ok: twilio-api-key
const client2 = twilio(process.env.TWILIO_API_KEY, process.env.TWILIO_API_SECRET);
module.exports = { client, client2 };
