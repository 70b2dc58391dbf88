import { Hono } from "hono";
import { cors } from "hono/cors";

const app = new Hono();
// ruleid: express-cors-reflect-origin-with-credentials
app.use("/api/*", cors({ origin: (origin) => origin, credentials: true }));

const ALLOWED = ["https://app.example.com"];
// ok: express-cors-reflect-origin-with-credentials
app.use("/v2/*", cors({ origin: (origin) => (ALLOWED.includes(origin) ? origin : null), credentials: true }));

// Reflecting without credentials is a different (lesser) matter.
// ok: express-cors-reflect-origin-with-credentials
app.use("/public/*", cors({ origin: (origin) => origin }));
export default app;
