// fixture-path: web/vite.config.ts
import { defineConfig } from "vite";

export default defineConfig(({ mode }) => ({
  define: {
    // ruleid: bundler-inlines-whole-env
    'process.env': JSON.stringify(process.env),
    // ok: bundler-inlines-whole-env
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
  },
}));
