// fixture-path: next.config.js
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // ruleid: production-source-maps-public
  productionBrowserSourceMaps: true,
  experimental: {
    // ok: production-source-maps-public
    serverSourceMaps: true,
  },
};

const local = {
  // ok: production-source-maps-public
  productionBrowserSourceMaps: false,
};

module.exports = process.env.LOCAL ? local : nextConfig;
