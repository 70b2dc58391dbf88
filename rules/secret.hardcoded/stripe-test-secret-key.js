// ruleid: stripe-test-secret-key
const stripe = require("stripe")("sk_test_51UvGa9Ix42AKvyl6Nd9wTZTLU4SUB3pNAgYiKcFS8yeF0W3vCYbnaVLkeCAR2P6ClwJsgfMQWNDGZemrU1E247Qrcf8INFvgXe");
// ok: stripe-test-secret-key
const stripe2 = require("stripe")(process.env.STRIPE_SECRET_KEY);
// ok: stripe-test-secret-key
const pk = "pk_test_51eo1ld4CHbrUEw3HeOhC6GnbIkurngcmXUkijHrmEnSYIm423WhEhvAW6Tb3ZLde1wNGJbKK478Bi23igH420O5WLfsDbu8rL0";
module.exports = { stripe, stripe2, pk };
