// Sign-in throttling against the database, so every server process sees the same counts.
import { retryAfterSeconds } from "../../domain/auth/throttle.ts";
import { config } from "../config.ts";
import { clearThrottles, countFailure, findThrottles } from "../data/login-throttles.ts";

/** Seconds until sign-in may be tried again for these keys; 0 when not locked. */
export async function lockedFor(keys: string[], now = new Date()): Promise<number> {
  return retryAfterSeconds(await findThrottles(keys), now);
}

export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  const { maxFailures, lockMs } = config().signIn;
  const cutoff = new Date(now.getTime() - lockMs);
  const until = new Date(now.getTime() + lockMs);
  for (const key of keys) await countFailure(key, now, cutoff, maxFailures, until);
}

export async function recordSuccess(keys: string[]): Promise<void> {
  await clearThrottles(keys);
}
