// fixture-path: next.config.js
/** @type {import('next').NextConfig} */
module.exports = {
  typescript: {
    // ruleid: nextjs-ignore-build-errors
    ignoreBuildErrors: true,
  },
  eslint: {
    // ruleid: nextjs-ignore-build-errors
    ignoreDuringBuilds: true,
  },
  images: {
    // ok: nextjs-ignore-build-errors
    unoptimized: true,
  },
};
