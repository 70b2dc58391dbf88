const express = require("express");
const cors = require("cors");
// ruleid: no-security-headers (low: a JSON-only API)
const app = express();
app.use(cors({ origin: "https://app.example.com" }));
app.listen(3000);
