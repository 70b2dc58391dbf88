import type { CorsOptions } from 'cors';

const allowed = (process.env.CORS_ORIGINS || '').split(',');

const corsOptions: CorsOptions = {
  origin: (origin, cb) => cb(null, !origin || allowed.includes(origin)),
  credentials: true,
};

export const config = { cors: corsOptions, trustProxy: true };
