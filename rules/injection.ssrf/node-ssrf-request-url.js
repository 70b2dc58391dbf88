const express = require("express");
const axios = require("axios");
const app = express();

app.get("/proxy", async (req, res) => {
  // ruleid: node-ssrf-request-url
  const r = await fetch(req.query.url);
  res.send(await r.text());
});

app.post("/preview", async (req, res) => {
  const { url } = req.body;
  // ruleid: node-ssrf-request-url
  const { data } = await axios.get(url);
  res.json({ data });
});

app.post("/webhook-test", async (req, res) => {
  const target = req.body.webhookUrl;
  // ruleid: node-ssrf-request-url
  await axios.post(target, { ping: true });
  res.end();
});

app.get("/users/:id", async (req, res) => {
  // ok: node-ssrf-request-url
  const r = await fetch(`https://api.github.com/users/${req.params.id}`);
  const url = `${process.env.API_BASE}/items/${req.params.id}`;
  // ok: node-ssrf-request-url
  const r2 = await fetch(url);
  res.json({ a: await r.json(), b: await r2.json() });
});

const ALLOWED_HOSTS = new Set(["images.example.com"]);
app.get("/image", async (req, res) => {
  const u = new URL(req.query.src);
  if (!ALLOWED_HOSTS.has(u.hostname)) return res.status(400).end();
  // ok: node-ssrf-request-url
  const r = await fetch(u);
  res.send(Buffer.from(await r.arrayBuffer()));
});
