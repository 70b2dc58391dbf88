import type { CorsOptions } from "cors";

const allowed = new Set((process.env.CORS_ORIGINS ?? "").split(","));

export const corsOptions: CorsOptions = {
  origin: (origin, callback) => {
    callback(null, !origin || allowed.has(origin));
  },
  credentials: true,
};
