const express = require("express");
const axios = require("axios");
const app = express();

app.get("/weather", async (req, res) => {
  // ruleid: node-http-call-without-timeout
  const r = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${req.query.city}`);
  // ruleid: node-http-call-without-timeout
  const { data } = await axios.get("https://api.exchangerate.host/latest");
  // ok: node-http-call-without-timeout
  const r2 = await fetch("https://api.github.com/zen", { signal: AbortSignal.timeout(5000) });
  // ok: node-http-call-without-timeout
  const r3 = await axios.get("https://api.github.com/zen", { timeout: 5000 });
  // ok: node-http-call-without-timeout
  const r4 = await fetch("http://localhost:4000/internal");
  // ok: node-http-call-without-timeout
  const r5 = await fetch(`/api/local`);
  res.json({ r: await r.json(), data, r2, r3, r4, r5 });
});

async function withRetry(url) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // ok: node-http-call-without-timeout
      return await fetch("https://api.example.org/x");
    } catch (e) {
      if (attempt === 2) throw e; // retry
    }
  }
}
module.exports = { withRetry };
