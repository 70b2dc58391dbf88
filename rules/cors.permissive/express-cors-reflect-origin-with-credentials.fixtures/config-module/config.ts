import type { CorsOptions } from 'cors';

const corsOptions: CorsOptions = {
  origin: true,
  credentials: true,
};

export const config = { cors: corsOptions };
