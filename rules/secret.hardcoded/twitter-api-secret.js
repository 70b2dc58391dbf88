// ok: twitter-api-secret
const twitterSecret = process.env.TWITTER_API_SECRET;
// ok: twitter-api-secret
const twitterHandle = "acme_shop_official_account_2024_x";
// ruleid: twitter-api-secret
const config = { x_api_secret: "cx88uDLuGjUYBBuxdLDLqjUBobFwJTj8jZVKjVWcPEdYbp3NKg" };
// ok: twitter-api-secret
const headers = { "X-Secret": "UkPbFsJjC48WRDLtEEpFmKSQYazsPBVLY6EvxXseGB992" };
module.exports = { twitterSecret, twitterHandle };
