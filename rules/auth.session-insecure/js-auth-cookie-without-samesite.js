const express = require("express");
const app = express();
const cookieOptions = { httpOnly: true, secure: true, sameSite: "lax" };

app.post("/login", async (req, res) => {
  const token = await login(req.body);
  // ruleid: js-auth-cookie-without-samesite
  res.cookie("token", token, { httpOnly: true, secure: true });
  // ok: js-auth-cookie-without-samesite
  res.cookie("token", token, { httpOnly: true, secure: true, sameSite: "strict" });
  // ok: js-auth-cookie-without-samesite
  res.cookie("jwt", token, cookieOptions);
  // ok: js-auth-cookie-without-samesite
  res.cookie("lang", "en", { maxAge: 1000 });
  res.json({ ok: true });
});
