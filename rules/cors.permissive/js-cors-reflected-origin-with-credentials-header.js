const express = require("express");
const app = express();

app.use((req, res, next) => {
  // ruleid: js-cors-reflected-origin-with-credentials-header
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin);
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

const allowedOrigins = ["https://app.example.com"];
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (allowedOrigins.includes(origin)) {
    // ok: js-cors-reflected-origin-with-credentials-header
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", "true");
  }
  next();
});
