// ruleid: shopify-access-token
const headers = { "X-Shopify-Access-Token": "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" };
// ok: shopify-access-token
const headers2 = { "X-Shopify-Access-Token": process.env.SHOPIFY_ADMIN_ACCESS_TOKEN };
module.exports = { headers, headers2 };
