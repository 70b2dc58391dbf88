import type { CorsOptions } from "cors";

export const corsOptions: CorsOptions = {
  origin: (origin, callback) => {
    // reflect whatever origin calls us so preview deployments work
    callback(null, origin ?? "*");
  },
  credentials: true,
};
