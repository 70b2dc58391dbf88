const braintree = require("braintree");
// ruleid: braintree-access-token
const gateway = new braintree.BraintreeGateway({ accessToken: "access_token$production$xvzxwaujy38oqvw3$caad40151db4c3d1c1c45742c3372afa" });
// ok: braintree-access-token
const gateway2 = new braintree.BraintreeGateway({ accessToken: process.env.BRAINTREE_ACCESS_TOKEN });
// ok: braintree-access-token
const sandbox = "access_token$sandbox$iw5o29h9fjcxekk3$082197a220ad5b07c52f3575d2aa8a3c";
module.exports = { gateway, gateway2, sandbox };
