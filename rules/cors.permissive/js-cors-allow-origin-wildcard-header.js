const express = require("express");
const app = express();

app.use((req, res, next) => {
  // ruleid: js-cors-allow-origin-wildcard-header
  res.setHeader("Access-Control-Allow-Origin", "*");
  // ok: js-cors-allow-origin-wildcard-header
  res.header('access-control-allow-origin', '*'); // same file: reported once, above
  // ok: js-cors-allow-origin-wildcard-header
  res.setHeader("Access-Control-Allow-Methods", "*");
  next();
});

app.use((req, res, next) => {
  // ok: js-cors-allow-origin-wildcard-header
  res.setHeader("Access-Control-Allow-Origin", "https://app.example.com");
  next();
});
