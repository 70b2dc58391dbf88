// fixture-path: next.config.js
module.exports = {
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [
          // ruleid: js-cors-allow-origin-wildcard-header
          { key: "Access-Control-Allow-Origin", value: "*" },
          // ok: js-cors-allow-origin-wildcard-header
          { key: "Access-Control-Allow-Methods", value: "*" },
        ],
      },
      {
        source: "/embed/:path*",
        // ok: js-cors-allow-origin-wildcard-header
        headers: [{ key: "Access-Control-Allow-Origin", value: "https://partner.example.com" }],
      },
    ];
  },
};
