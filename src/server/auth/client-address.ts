// The address a request came from, for per-client sign-in throttling. Behind a reverse proxy
// (SARING_TRUST_PROXY=1) the first X-Forwarded-For entry is the client; otherwise we take
// the last entry, the one Next.js's own server appended from the socket.
type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v.join(",") : v;
}

export function clientAddress(headers: HeaderBag, trustProxy: boolean): string {
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chosen = trustProxy ? forwarded[0] : forwarded[forwarded.length - 1];
  return chosen ?? header(headers, "x-real-ip") ?? "unknown";
}
