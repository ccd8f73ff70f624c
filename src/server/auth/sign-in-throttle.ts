// Sign-in throttling against the database, so every server process sees the same counts.
import { afterFailure, retryAfterSeconds, windowOpen, type ThrottlePolicy } from "../../domain/auth/throttle.ts";
import { config } from "../config.ts";
import { clearThrottles, findThrottles, saveThrottle } from "../data/login-throttles.ts";

function policy(): ThrottlePolicy {
  return config().signIn;
}

/** Seconds until sign-in may be tried again for these keys; 0 when not locked. */
export async function lockedFor(keys: string[], now = new Date()): Promise<number> {
  return retryAfterSeconds(await findThrottles(keys), now);
}

export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  const rows = new Map((await findThrottles(keys)).map((r) => [r.key, r]));
  for (const key of keys) {
    const prev = rows.get(key) ?? null;
    const open = prev && windowOpen(prev.windowStart, now, policy()) ? prev : null;
    await saveThrottle({ key, ...afterFailure(open, now, policy()) });
  }
}

export async function recordSuccess(keys: string[]): Promise<void> {
  await clearThrottles(keys);
}
