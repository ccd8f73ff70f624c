// Runs before routing. API paths: a path whose percent-encoding is not valid UTF-8 (e.g.
// %ED%A0%80) is refused with the documented JSON error (Next.js would answer a bare 500). Pages:
// a Content-Security-Policy with a fresh nonce per response, so only Next.js's own scripts run
// ('strict-dynamic' lets them load their chunks); Next.js reads the nonce from the request's
// CSP header and puts it on its scripts. A page POST (a server action or a plain form) sent by
// another site's page is refused with 403 before it reaches the action (CSRF; Next.js's own
// origin check would answer a bare 500).
import { NextResponse, type NextRequest } from "next/server";
import { isCrossSiteWrite } from "./src/server/http/cross-site.ts";

function pageCsp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React style attributes (verdict colours) need inline styles; scripts never.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest): NextResponse {
  const path = request.nextUrl.pathname;
  if (path.startsWith("/api/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return NextResponse.json({ error: { code: "bad_request", message: "The URL's path is not valid percent-encoded UTF-8." } }, { status: 400 });
    }
    if (decoded.includes("\u0000")) return NextResponse.json({ error: { code: "bad_request", message: "The URL's path may not contain NUL characters." } }, { status: 400 });
    return NextResponse.next();
  }
  if (isCrossSiteWrite(request)) {
    return new NextResponse("Refused: forms and actions of Saring can only be sent from Saring's own pages.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const csp = pageCsp(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/api/v1/:path*", { source: "/((?!_next/static|_next/image|icon.svg|api/).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
};
