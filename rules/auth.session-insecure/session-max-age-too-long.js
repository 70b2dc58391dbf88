const express = require("express");
const session = require("express-session");
const cookieSession = require("cookie-session");

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: {
      httpOnly: true,
      secure: true,
      // ruleid: session-max-age-too-long
      maxAge: 1000 * 60 * 60 * 24 * 365,
    },
  })
);

app.use(
  cookieSession({
    name: "sess",
    keys: [process.env.COOKIE_KEY],
    // ruleid: session-max-age-too-long
    maxAge: 90 * 24 * 60 * 60 * 1000,
  })
);

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    // ok: session-max-age-too-long (seven days)
    cookie: { httpOnly: true, secure: true, maxAge: 7 * 24 * 60 * 60 * 1000 },
  })
);

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    // ok: session-max-age-too-long (milliseconds: this is 8.7 hours, not a year)
    cookie: { httpOnly: true, maxAge: 60 * 60 * 24 * 365 },
  })
);

app.post("/login", async (req, res) => {
  const token = await login(req.body);
  // ruleid: session-max-age-too-long
  res.cookie("token", token, { httpOnly: true, secure: true, maxAge: 365 * 24 * 60 * 60 * 1000 });
  // ruleid: session-max-age-too-long
  res.cookie("auth_token", token, { httpOnly: true, expires: new Date(Date.now() + 1000 * 60 * 60 * 24 * 180) });
  // ok: session-max-age-too-long (thirty days)
  res.cookie("session", token, { httpOnly: true, secure: true, maxAge: 30 * 24 * 60 * 60 * 1000 });
  // ok: session-max-age-too-long (a preference cookie, not a session)
  res.cookie("theme", "dark", { maxAge: 1000 * 60 * 60 * 24 * 365 });
  // ok: session-max-age-too-long (a refresh token is long-lived on purpose)
  res.cookie("refreshToken", token, { httpOnly: true, maxAge: 1000 * 60 * 60 * 24 * 90, path: "/auth/refresh" });
  // ok: session-max-age-too-long (static assets, not a cookie)
  res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
  res.json({ ok: true });
});

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    cookie: {
      httpOnly: true,
      // ruleid: session-max-age-too-long
      maxAge: 1000 * 60 * 60 * 24 * 365 * 10,
    },
  })
);

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    // ok: session-max-age-too-long (fourteen days)
    cookie: { httpOnly: true, maxAge: 1000 * 60 * 60 * 24 * 7 * 2 },
  })
);
