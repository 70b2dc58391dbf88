// fixture-path: next.config.js
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // ruleid: bundler-inlines-whole-env
  env: { ...process.env },
};
module.exports = nextConfig;
