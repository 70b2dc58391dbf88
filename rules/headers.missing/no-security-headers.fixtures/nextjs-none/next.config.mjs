/** @type {import('next').NextConfig} */
// ruleid: no-security-headers
const nextConfig = {
  images: { remotePatterns: [{ hostname: "images.unsplash.com" }] },
};
export default nextConfig;
