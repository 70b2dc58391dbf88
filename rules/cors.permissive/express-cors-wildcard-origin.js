const express = require("express");
const cors = require("cors");
const app = express();

// ruleid: express-cors-wildcard-origin
app.use(cors());
// ruleid: express-cors-wildcard-origin
app.use(cors({ origin: "*" }));
// ruleid: express-cors-wildcard-origin
app.use(cors({ origin: true, methods: ["GET", "POST"] }));
// ruleid: express-cors-wildcard-origin
app.use(cors({ origin: (origin, callback) => callback(null, true) }));
const openOptions = { origin: "*", optionsSuccessStatus: 200 };
// ruleid: express-cors-wildcard-origin
app.use(cors(openOptions));

// ok: express-cors-wildcard-origin
app.use(cors({ origin: ["https://app.example.com", "http://localhost:5173"] }));
// ok: express-cors-wildcard-origin
app.use(cors({ origin: process.env.CLIENT_URL, credentials: true }));
const corsOptions = {
  origin(origin, callback) {
    if (!origin || allowedOrigins.includes(origin)) return callback(null, true);
    callback(new Error("Not allowed by CORS"));
  },
};
// ok: express-cors-wildcard-origin
app.use(cors(corsOptions));
// ok: express-cors-wildcard-origin
app.use(cors({ origin: true, credentials: true }));
