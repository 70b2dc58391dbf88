// fixture-path: vite.config.ts
import { defineConfig, loadEnv } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  define: {
    // ruleid: bundler-inlines-whole-env
    "process.env": process.env,
    // ok: bundler-inlines-whole-env (one public value)
    "process.env.NODE_ENV": JSON.stringify("production"),
  },
});
