import { describe, expect, it } from "vitest";
import { accountKey, afterFailure, clientKey, retryAfterSeconds, type ThrottleState } from "./throttle.ts";

const policy = { maxFailures: 3, lockMs: 60_000 };
const t0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function fail(times: number, start = 0, step = 1000): ThrottleState | null {
  let s: ThrottleState | null = null;
  for (let i = 0; i < times; i++) s = afterFailure(s, at(start + i * step), policy);
  return s;
}

describe("sign-in throttle", () => {
  it("counts failures without locking below the limit", () => {
    const s = fail(2)!;
    expect(s.failures).toBe(2);
    expect(s.lockedUntil).toBeNull();
    expect(retryAfterSeconds([s], at(2000))).toBe(0);
  });

  it("locks at the limit for the lock duration from the last failure", () => {
    const s = fail(3)!;
    expect(s.lockedUntil?.toISOString()).toBe(at(2000 + 60_000).toISOString());
    expect(retryAfterSeconds([s], at(3000))).toBe(59);
    expect(retryAfterSeconds([s], at(62_001))).toBe(0);
  });

  it("starts a new window once the old one has passed", () => {
    let s = fail(2)!;
    s = afterFailure(s, at(61_000), policy);
    expect(s.failures).toBe(1);
    expect(s.windowStart.toISOString()).toBe(at(61_000).toISOString());
  });

  it("reports the longest lock among several keys", () => {
    const a = fail(3, 0)!;
    const b = fail(3, 10_000)!;
    expect(retryAfterSeconds([a, b], at(12_000))).toBe(60);
  });

  it("keys clients and accounts apart, accounts case-insensitively", () => {
    expect(clientKey("127.0.0.1")).not.toBe(accountKey("127.0.0.1"));
    expect(accountKey(" Ana@Example.org ")).toBe(accountKey("ana@example.org"));
  });
});
