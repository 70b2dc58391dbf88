const express = require("express");
const cors = require("cors");
const app = express();

// ruleid: express-cors-reflect-origin-with-credentials
app.use(cors({ origin: true, credentials: true }));
// ruleid: express-cors-reflect-origin-with-credentials
app.use(cors({ credentials: true, origin: (origin, cb) => cb(null, origin) }));
const reflect = {
  origin: true,
  credentials: true,
};
// ruleid: express-cors-reflect-origin-with-credentials
app.use(cors(reflect));

// ok: express-cors-reflect-origin-with-credentials
app.use(cors({ origin: ["https://app.example.com"], credentials: true }));
// ok: express-cors-reflect-origin-with-credentials
app.use(cors({ origin: true }));
// ok: express-cors-reflect-origin-with-credentials
app.use(cors({ origin: process.env.FRONTEND_URL, credentials: true }));
