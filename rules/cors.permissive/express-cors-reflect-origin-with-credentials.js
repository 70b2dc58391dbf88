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
// ruleid: express-cors-reflect-origin-with-credentials
app.use(cors({
  origin: (origin, callback) => callback(null, origin || true),
  credentials: true,
}));
// ruleid: express-cors-reflect-origin-with-credentials
app.use(cors({
  origin: function (origin, callback) {
    callback(null, true);
  },
  credentials: true,
}));
// ok: express-cors-reflect-origin-with-credentials
app.use(cors({
  origin: (origin, callback) => {
    if (!origin || ALLOWED.includes(origin)) return callback(null, true);
    callback(new Error("Not allowed by CORS"));
  },
  credentials: true,
}));
// ruleid: express-cors-reflect-origin-with-credentials
app.use(cors({
  origin: (origin, callback) => {
    callback(null, origin ?? "*");
  },
  credentials: true,
}));
// ok: express-cors-reflect-origin-with-credentials
app.use(cors({
  origin: (origin, callback) => {
    callback(null, origin === process.env.APP_ORIGIN);
  },
  credentials: true,
}));
// ok: express-cors-reflect-origin-with-credentials
app.use(cors({ origin: (origin, cb) => cb(null, origin ?? "*") }));
