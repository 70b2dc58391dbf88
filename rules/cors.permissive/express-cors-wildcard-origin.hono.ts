import { Hono } from "hono";
import { cors } from "hono/cors";

const app = new Hono();
// ruleid: express-cors-wildcard-origin
app.use("/api/*", cors());
// ok: express-cors-wildcard-origin
app.use("/api/*", cors({ origin: "https://app.example.com" }));
export default app;
