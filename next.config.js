// Next.js configuration. Security headers apply to every response; pages get their
// Content-Security-Policy (script nonces) from proxy.ts, API responses a deny-all one here.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // The PDF report's libraries load their own data files at run time: not bundled.
  serverExternalPackages: ["pdfkit", "fontkit"],
  experimental: {
    authInterrupts: true,
    // Uploads through the import form; the import limit itself is enforced in the action.
    serverActions: { bodySizeLimit: "12mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Pages get a full policy with a script nonce from proxy.ts; other responses this one.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
