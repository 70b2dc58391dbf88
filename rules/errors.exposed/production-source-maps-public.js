// fixture-path: vite.config.js
import { defineConfig } from "vite";

export default defineConfig({
  build: {
    // ruleid: production-source-maps-public
    sourcemap: true,
  },
  preview: {
    // ok: production-source-maps-public
    sourcemap: "hidden",
  },
});
