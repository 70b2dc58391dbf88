// ruleid: telegram-bot-token
const url = `https://api.telegram.org/bot661013279:AAmKpP-RggagXq42yH5flyca-reXSPuLdhV/sendMessage`;
// ok: telegram-bot-token
const url2 = `https://api.telegram.org/bot${process.env.TELEGRAM_BOT_TOKEN}/sendMessage`;
module.exports = { url, url2 };
