// ruleid: stripe-test-restricted-key
const key = "rk_test_a61XFXYRo8wy02l0UsnyC413";
// ok: stripe-test-restricted-key
const key2 = process.env.STRIPE_RESTRICTED_KEY;
export { key, key2 };
