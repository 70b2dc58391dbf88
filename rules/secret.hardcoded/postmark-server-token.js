const postmark = require("postmark");
// ruleid: postmark-server-token
const client = new postmark.ServerClient("6ff937fd-0d44-483f-a27b-d5556d08bc27");
// ok: postmark-server-token
const client2 = new postmark.ServerClient(process.env.POSTMARK_SERVER_TOKEN);
// ok: postmark-server-token
const messageId = "2ecde561-29a1-4875-ad70-cb5b2943c71c";
module.exports = { client, client2, messageId };
