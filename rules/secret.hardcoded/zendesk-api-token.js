const zendesk = require("node-zendesk");
// ruleid: zendesk-api-token
const client = zendesk.createClient({ username: "bot@acme.dev", zendeskToken: "gkbqGDYxTCCqBZLZnzJIUZrHTq4vY9wtBztXo88s", subdomain: "acme" });
// ok: zendesk-api-token
const client2 = zendesk.createClient({ username: "bot@acme.dev", token: process.env.ZENDESK_API_TOKEN, subdomain: "acme" });
module.exports = { client, client2 };
