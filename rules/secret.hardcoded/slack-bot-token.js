const { WebClient } = require("@slack/web-api");
// ruleid: slack-bot-token
const web = new WebClient("xoxb-874252654359-8923112043730-aWzL157MnXpn2IkBh6fxoIUT");
// ok: slack-bot-token
const web2 = new WebClient(process.env.SLACK_BOT_TOKEN);
// ok: slack-bot-token
const docs = "xoxb-your-bot-token";
module.exports = { web, web2, docs };
