// fixture-path: next.config.js
// A Next config that names the Supabase storage host is still a Next config.
const apiHeaders = [
  // ruleid: js-cors-allow-origin-wildcard-header
  { key: 'Access-Control-Allow-Origin', value: '*' },
  // ok: js-cors-allow-origin-wildcard-header
  { key: 'Access-Control-Allow-Credentials', value: 'true' },
]

module.exports = {
  images: { domains: ['myproj.supabase.co'] },
  async headers() {
    return [{ source: '/api/:path*', headers: apiHeaders }]
  },
}
