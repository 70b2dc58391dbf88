// fixture-path: next.config.js
module.exports = {
  images: {
    remotePatterns: [
      // ruleid: nextjs-image-remote-patterns-wildcard
      { protocol: "https", hostname: "**" },
      // ok: nextjs-image-remote-patterns-wildcard
      { protocol: "https", hostname: "**.supabase.co" },
      // ok: nextjs-image-remote-patterns-wildcard
      { protocol: "https", hostname: "images.unsplash.com" },
    ],
  },
};
