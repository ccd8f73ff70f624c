import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./cross-site.ts";

function req(method: string, headers: Record<string, string>) {
  const h = new Headers(headers);
  return { method, headers: h };
}

describe("isCrossSiteWrite", () => {
  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteWrite(req("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site", host: "saring.test" }))).toBe(false);
    expect(isCrossSiteWrite(req("HEAD", { "sec-fetch-site": "cross-site" }))).toBe(false);
  });

  it("refuses a write that the browser marks as coming from another site", () => {
    expect(isCrossSiteWrite(req("POST", { "sec-fetch-site": "cross-site", host: "saring.test" }))).toBe(true);
    // Same site but another origin (a sibling subdomain or port): SameSite cookies ride along, so refuse.
    expect(isCrossSiteWrite(req("POST", { "sec-fetch-site": "same-site", host: "saring.test" }))).toBe(true);
  });

  it("refuses a write whose Origin is another host, or an opaque origin", () => {
    expect(isCrossSiteWrite(req("POST", { origin: "https://evil.example", host: "saring.test" }))).toBe(true);
    expect(isCrossSiteWrite(req("PATCH", { origin: "http://saring.test:8080", host: "saring.test" }))).toBe(true);
    expect(isCrossSiteWrite(req("DELETE", { origin: "null", host: "saring.test" }))).toBe(true);
  });

  it("accepts a write from this site, by Origin or by Sec-Fetch-Site, and judges the forwarded host behind a proxy", () => {
    expect(isCrossSiteWrite(req("POST", { origin: "http://saring.test", host: "saring.test" }))).toBe(false);
    expect(isCrossSiteWrite(req("POST", { "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isCrossSiteWrite(req("POST", { origin: "https://saring.example.org", host: "127.0.0.1:3000", "x-forwarded-host": "saring.example.org" }))).toBe(false);
  });

  it("lets a write without Origin or Sec-Fetch-Site through (not a browser; its credentials decide)", () => {
    expect(isCrossSiteWrite(req("post", { host: "saring.test" }))).toBe(false);
    // A user typing the address (Sec-Fetch-Site: none) is not another site.
    expect(isCrossSiteWrite(req("POST", { "sec-fetch-site": "none" }))).toBe(false);
  });
});
