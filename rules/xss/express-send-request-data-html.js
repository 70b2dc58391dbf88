const express = require("express");
const escapeHtml = require("escape-html");
const app = express();

app.get("/search", (req, res) => {
  // ruleid: express-send-request-data-html
  res.send(`<h1>Results for ${req.query.q}</h1>`);
});

app.get("/hello/:name", (req, res) => {
  const html = "<p>Hello " + req.params.name + "</p>";
  // ruleid: express-send-request-data-html
  res.send(html);
});

app.get("/echo", (req, res) => {
  // ruleid: express-send-request-data-html
  res.send(req.query.msg);
});

app.get("/safe", (req, res) => {
  // ok: express-send-request-data-html
  res.send(`<h1>Results for ${escapeHtml(req.query.q)}</h1>`);
});

app.get("/count", (req, res) => {
  // ok: express-send-request-data-html
  res.send(`Found ${results.length} items`);
});

app.get("/plain", (req, res) => {
  res.type("text");
  // ok: express-send-request-data-html
  res.send(req.query.msg);
});

app.get("/greet", (req, res) => {
  const { name } = req.query;
  // ruleid: express-send-request-data-html
  res.send(`<h1>Hello ${name}</h1>`);
});

app.get("/status", (req, res) => {
  // ok: express-send-request-data-html
  res.send("<p>OK</p>");
});

function notAHandler(res, count) {
  // ok: express-send-request-data-html
  res.send(`<p>${count} items</p>`);
}

app.get("/files/not-found", (req, res) => {
  // ruleid: express-send-request-data-html
  res.status(404).send(`<h1>File "${req.query.name}" was not found</h1>`);
});

app.get("/files/missing.json", (req, res) => {
  // ok: express-send-request-data-html
  res.status(404).json({ error: `File ${req.query.name} was not found` });
});
