const asana = require("asana");
const client = asana.ApiClient.instance;
// ruleid: asana-access-token
client.authentications.token.accessToken = "1/8763901278510160:3cb805cddd348a3592e70ca3859b01ae";
// ok: asana-access-token
client.authentications.token.accessToken = process.env.ASANA_ACCESS_TOKEN;
module.exports = client;
