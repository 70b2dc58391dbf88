const SENDBIRD_URL = `https://api-${appId}.sendbird.com/v3/users`;
// ruleid: sendbird-api-token
const headers = { "Api-Token": "980d98ee8f8d313ccb35b90cc97174e1e72085f7" };
// ok: sendbird-api-token
const headers2 = { "Api-Token": process.env.SENDBIRD_API_TOKEN! };
export { SENDBIRD_URL, headers, headers2 };
