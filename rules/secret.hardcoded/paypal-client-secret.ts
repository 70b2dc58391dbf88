const auth = {
  clientId: "A09kiPLL7qDfdlMJ7Q_7pGeqNP-EKk7Tmo_k-Usdkqe0H9m-wy1PflC3Y4O2AViCCb4QA62UYMj72I9K",
  // ruleid: paypal-client-secret
  clientSecret: "EOUIGq0XZNWbigpD1rm8-yGM9_QlDW46GdPlweM1fSnFfPfYgu0sU4usfsAyAqUPQn28d05ddu7d9zar",
};
const res = await fetch("https://api-m.paypal.com/v1/oauth2/token", { method: "POST" });
// ok: paypal-client-secret
const auth2 = { clientId: process.env.PAYPAL_CLIENT_ID, clientSecret: process.env.PAYPAL_CLIENT_SECRET };
export { auth, auth2, res };
