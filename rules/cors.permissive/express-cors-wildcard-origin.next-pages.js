// fixture-path: lib/cors.js
import Cors from "cors";

// ruleid: express-cors-wildcard-origin
export const publicCors = Cors({ origin: "*" });

// ok: express-cors-wildcard-origin
export const appCors = Cors({ origin: process.env.APP_ORIGIN });
