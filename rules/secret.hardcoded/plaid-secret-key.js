const { Configuration, PlaidApi, PlaidEnvironments } = require("plaid");
const config = new Configuration({
  basePath: PlaidEnvironments.production,
  // ruleid: plaid-secret-key
  baseOptions: { headers: { "PLAID-CLIENT-ID": "1067f1a316d545ce5093e7ff", "PLAID-SECRET": "b9b749ae458ce9ae4c1606ee24219e" } },
});
// ok: plaid-secret-key
const config2 = { headers: { "PLAID-CLIENT-ID": process.env.PLAID_CLIENT_ID, "PLAID-SECRET": process.env.PLAID_SECRET } };
module.exports = { client: new PlaidApi(config), config2 };
