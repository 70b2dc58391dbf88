const express = require("express");
const app = express();

app.post("/api/login", async (req, res) => {
  const token = await login(req.body);
  // ruleid: js-auth-cookie-without-secure
  res.writeHead(200, { "Set-Cookie": `sid=${token}; Path=/; HttpOnly`, "Content-Type": "application/json" });
  res.end(JSON.stringify({ ok: true }));
});

app.post("/api/login2", async (req, res) => {
  const token = await login(req.body);
  // ok: js-auth-cookie-without-secure
  res.append("Set-Cookie", `sid=${token}; Path=/; HttpOnly; Secure`);
  // ok: js-auth-cookie-without-secure (clearing the cookie on logout)
  res.append("Set-Cookie", "sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  res.json({ ok: true });
});
