// fixture-path: vite.config.ts
import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ mode }) => {
  // The "" prefix loads every variable, not only VITE_*.
  const env = loadEnv(mode, process.cwd(), "");
  return {
    // ruleid: bundler-inlines-whole-env
    define: { "process.env": env },
  };
});
