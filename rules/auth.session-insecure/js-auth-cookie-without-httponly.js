const express = require("express");
const app = express();
const SESSION_COOKIE = "sid";
const cookieOptions = { httpOnly: true, secure: true, sameSite: "lax" };

app.post("/login", async (req, res) => {
  const token = await login(req.body);
  // ruleid: js-auth-cookie-without-httponly
  res.cookie("token", token);
  // ruleid: js-auth-cookie-without-httponly
  res.cookie("access_token", token, { secure: true, sameSite: "strict" });
  // ruleid: js-auth-cookie-without-httponly
  res.cookie("session", token, { httpOnly: false, secure: true });
  // ruleid: js-auth-cookie-without-httponly
  res.cookie(SESSION_COOKIE, token, { maxAge: 3600000 });
  // ok: js-auth-cookie-without-httponly
  res.cookie("token", token, { httpOnly: true, secure: true, sameSite: "lax" });
  // ok: js-auth-cookie-without-httponly
  res.cookie("jwt", token, cookieOptions);
  // ok: js-auth-cookie-without-httponly
  res.cookie("refreshToken", token, { ...cookieOptions, path: "/auth/refresh" });
  // ok: js-auth-cookie-without-httponly
  res.cookie("XSRF-TOKEN", req.csrfToken(), { sameSite: "strict" });
  // ok: js-auth-cookie-without-httponly
  res.cookie("theme", "dark", { maxAge: 31536000000 });
  // ok: js-auth-cookie-without-httponly
  res.cookie("auth", token, { httpOnly: process.env.NODE_ENV !== "test", secure: true });
  res.json({ ok: true });
});
