const express = require("express");
const app = express();
const cookieOptions = { httpOnly: true, secure: true, sameSite: "lax" };
const devOptions = { httpOnly: true, secure: false };

app.post("/login", async (req, res) => {
  const token = await login(req.body);
  // ruleid: js-auth-cookie-without-secure
  res.cookie("token", token, { httpOnly: true });
  // ruleid: js-auth-cookie-without-secure
  res.cookie("session", token, { httpOnly: true, secure: false, sameSite: "lax" });
  // ruleid: js-auth-cookie-without-secure
  res.cookie("jwt", token, devOptions);
  // ok: js-auth-cookie-without-secure
  res.cookie("token", token, { httpOnly: true, secure: true, sameSite: "lax" });
  // ok: js-auth-cookie-without-secure
  res.cookie("token", token, { httpOnly: true, secure: process.env.NODE_ENV === "production" });
  // ok: js-auth-cookie-without-secure
  res.cookie("jwt", token, cookieOptions);
  // ok: js-auth-cookie-without-secure
  res.cookie("theme", "dark");
  res.json({ ok: true });
});
