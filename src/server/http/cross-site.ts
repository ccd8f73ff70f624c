// Whether a request that changes data comes from another site's page (CSRF). Browsers say where
// a request comes from: `Sec-Fetch-Site` (modern browsers) and `Origin` (every POST). A request
// with neither is not a browser's cross-site request (curl, scripts), so it passes here and is
// judged by its credentials. Used by `proxy.ts` (pages and server actions) and by API routes
// authenticated by the session cookie. Pure: no framework import.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface RequestLike {
  method: string;
  headers: { get(name: string): string | null };
}

export function isCrossSiteWrite(request: RequestLike): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    // "null" (sandboxed frames, file: pages) and anything unparsable is not this site.
    return true;
  }
}
