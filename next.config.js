// Next.js configuration. Security headers apply to every response; the Content-Security-Policy
// forbids framing and plugins (scripts are tightened with nonces in a later step).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'" },
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
