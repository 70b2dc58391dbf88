// fixture-path: src/index.ts
import express from "express";

const app = express();
app.use(express.json());

app.use((req, _res, next) => {
  const body = req.body && Object.keys(req.body).length ? JSON.stringify(req.body) : "";
  // ruleid: js-password-written-to-logs
  console.log(`[${new Date().toISOString()}] ${req.method} ${req.originalUrl} ${body}`);
  next();
});

app.use((req, _res, next) => {
  // ok: js-password-written-to-logs (method and path only)
  console.log(`${req.method} ${req.originalUrl}`);
  next();
});

app.get("/health", (_req, res) => res.json({ ok: true }));
export default app;
