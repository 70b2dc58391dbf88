const ld = require("@launchdarkly/node-server-sdk");
// ruleid: launchdarkly-sdk-key
const ldClient = ld.init("sdk-d5b10432-202a-7d23-d3a8-4ddaecce1f08");
// ok: launchdarkly-sdk-key
const ldClient2 = ld.init(process.env.LAUNCHDARKLY_SDK_KEY);
module.exports = { ldClient, ldClient2 };
