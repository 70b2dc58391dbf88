const express = require("express");
const app = express();

app.get("/login/callback", (req, res) => {
  // ruleid: express-open-redirect
  res.redirect(req.query.next);
});

app.get("/go", (req, res) => {
  const target = req.query.url || "/";
  // ruleid: express-open-redirect
  res.redirect(302, target);
});

app.post("/logout", (req, res) => {
  // ruleid: express-open-redirect
  res.redirect("/" + req.body.returnTo);
});

app.get("/profile/:id", (req, res) => {
  // ok: express-open-redirect
  res.redirect(`/users/${req.params.id}`);
});

app.get("/done", (req, res) => {
  const next = String(req.query.next || "");
  const safe = next.startsWith("/") && !next.startsWith("//") ? next : "/";
  // ok: express-open-redirect
  res.redirect(safe);
});

app.get("/home", (req, res) => {
  // ok: express-open-redirect
  res.redirect("/dashboard");
});

app.post("/redirect", (req, res) => {
  if (validator.isValidUrl(req.body.url)) {
    // ok: express-open-redirect
    res.redirect(req.body.url);
  } else {
    res.send("invalid redirect url");
  }
});

const http = require("http");
http.createServer((req, res) => {
  const target = new URL(req.url, "http://localhost").searchParams.get("to");
  // ruleid: express-open-redirect
  res.writeHead(302, { Location: target });
  res.end();
});

app.get("/loc2", (req, res) => {
  // ruleid: express-open-redirect
  res.writeHead(302, { Location: req.query.next });
  res.end();
});

app.get("/loc", (req, res) => {
  // ruleid: express-open-redirect
  res.setHeader("Location", req.query.next);
  // ok: express-open-redirect
  res.setHeader("Location", "/home");
  res.status(302).end();
});

app.get("/go", (req, res) => {
  const to = req.query.to;
  // ruleid: express-open-redirect
  res.redirect(302, to || "/");
});

app.get("/home-or-default", (req, res) => {
  const to = process.env.HOME_PATH;
  // ok: express-open-redirect
  res.redirect(302, to || "/");
});

const SAFE_LOGOUT_TARGETS = new Set(["/", "/login", "/pricing"]);

app.get("/logout", (req, res) => {
  const target = String(req.query.redirect || "/");
  // Only one of three fixed paths can come out.
  // ok: express-open-redirect
  res.redirect(SAFE_LOGOUT_TARGETS.has(target) ? target : "/");
});

app.get("/logout-any", (req, res) => {
  const target = String(req.query.redirect || "/");
  // ruleid: express-open-redirect
  res.redirect(KNOWN_HOSTS_LIST.size ? target : "/");
});

app.get("/auth/callback", (req, res) => {
  const next = req.query.next;
  // ruleid: express-open-redirect (high: the token goes along)
  res.redirect(`${next}#token=${issueAccessToken(req.user)}`);
});

app.get("/auth/done", (req, res) => {
  const next = "/dashboard";
  // ok: express-open-redirect
  res.redirect(`${next}#token=${issueAccessToken(req.user)}`);
});
