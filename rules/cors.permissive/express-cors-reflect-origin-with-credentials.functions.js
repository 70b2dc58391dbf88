const functions = require("firebase-functions");
// ruleid: express-cors-reflect-origin-with-credentials
const cors = require("cors")({ origin: true, credentials: true });
// ok: express-cors-reflect-origin-with-credentials (an allow-list)
const corsOk = require("cors")({ origin: ["https://app.example.com"], credentials: true });

exports.profile = functions.https.onRequest((req, res) => {
  // ok: express-cors-reflect-origin-with-credentials (the middleware call, not its options)
  cors(req, res, () => {
    res.json({ plan: "pro" });
  });
});

exports.other = functions.https.onRequest((req, res) => corsOk(req, res, () => res.json({})));
