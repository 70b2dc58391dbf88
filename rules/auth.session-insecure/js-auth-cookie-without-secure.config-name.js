import { Router } from "express";
import jwt from "jsonwebtoken";
import { config } from "./config.js";

const router = Router();

const cookieOpts = { httpOnly: false, sameSite: "lax", maxAge: 1000 * 60 * 60 * 24 * 30 };
const signToken = (user) => jwt.sign({ sub: user.id }, config.jwtSecret, { expiresIn: "1h" });

router.post("/login", (req, res) => {
  const user = { id: "u1" };
  // ruleid: js-auth-cookie-without-secure
  res.cookie(config.cookieName, signToken(user), cookieOpts);
  const token = jwt.sign({ sub: user.id }, config.jwtSecret, { expiresIn: "1h" });
  // ruleid: js-auth-cookie-without-secure
  res.cookie(config.cookieName, token, { sameSite: "lax" });
  // ok: js-auth-cookie-without-secure
  res.cookie(config.auth.sessionCookie, user.id, { secure: true });
  // ok: js-auth-cookie-without-secure
  res.cookie(config.cookieName, signToken(user), { ...cookieOpts, secure: true });
  // ok: js-auth-cookie-without-secure
  res.cookie(config.themeCookie, req.body.theme, { maxAge: 31536000000 });
  // ok: js-auth-cookie-without-secure
  res.cookie(config.csrfCookieName, generateCsrfToken(), { sameSite: "strict" });
  res.json({ ok: true });
});

export default router;
