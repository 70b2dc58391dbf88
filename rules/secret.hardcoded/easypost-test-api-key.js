const EasyPost = require("@easypost/api");
// ruleid: easypost-test-api-key
const api = new EasyPost("EZTKDgx73hfR1mCZcWdjCNwg4GGvTAQYt33MI5vCUj1RsG9Lnkm8TkhhZN");
// ok: easypost-test-api-key
const api2 = new EasyPost(process.env.EASYPOST_API_KEY);
module.exports = { api, api2 };
