import { describe, expect, it } from "vitest";
import { accountKey, clientKey, retryAfterSeconds } from "./throttle.ts";

const t0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const state = (lockedUntil: Date | null) => ({ failures: 3, windowStart: t0, lockedUntil });

describe("sign-in throttle", () => {
  it("is open when nothing is locked", () => {
    expect(retryAfterSeconds([], t0)).toBe(0);
    expect(retryAfterSeconds([state(null)], t0)).toBe(0);
  });

  it("counts whole seconds up to the end of the lock", () => {
    expect(retryAfterSeconds([state(at(60_000))], at(1000))).toBe(59);
    expect(retryAfterSeconds([state(at(60_000))], at(59_500))).toBe(1);
  });

  it("is open again once the lock has passed", () => {
    expect(retryAfterSeconds([state(at(60_000))], at(60_000))).toBe(0);
    expect(retryAfterSeconds([state(at(60_000))], at(61_000))).toBe(0);
  });

  it("reports the longest lock among several keys", () => {
    expect(retryAfterSeconds([state(at(30_000)), state(at(90_000)), state(null)], t0)).toBe(90);
  });

  it("keys clients and accounts apart, accounts case-insensitively", () => {
    expect(clientKey("127.0.0.1")).not.toBe(accountKey("127.0.0.1"));
    expect(accountKey(" Ana@Example.org ")).toBe(accountKey("ana@example.org"));
  });
});
