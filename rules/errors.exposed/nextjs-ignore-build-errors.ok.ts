// fixture-path: next.config.ts
import type { NextConfig } from "next";
const config: NextConfig = {
  // ok: nextjs-ignore-build-errors
  typescript: { ignoreBuildErrors: false },
};
export default config;
