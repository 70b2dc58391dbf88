// fixture-path: vite.config.ts
import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd());
  return {
    // ok: bundler-inlines-whole-env (loadEnv without a prefix argument keeps VITE_* keys only)
    define: { "process.env": env },
  };
});
