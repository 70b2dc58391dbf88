// ruleid: okta-api-token
const headers = { Authorization: "SSWS 00j14LUl1bPUWYf2Pwi6_HMq0-z8auH9fS5Pu0gAqg" };
// ok: okta-api-token
const headers2 = { Authorization: `SSWS ${process.env.OKTA_API_TOKEN}` };
module.exports = { headers, headers2 };
