// Sign-in throttling rules, pure. A key (a client address or an account) that collects
// `maxFailures` failed attempts within one window is locked for `lockMs` from the last failure.

export interface ThrottlePolicy {
  maxFailures: number;
  /** Length of the counting window and of the lock, in milliseconds. */
  lockMs: number;
}

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export function clientKey(address: string): string {
  return `client:${address}`;
}

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

/** Seconds until every lock among `states` has passed; 0 when none is locked now. */
export function retryAfterSeconds(states: ThrottleState[], now: Date): number {
  let until = 0;
  for (const s of states) {
    if (s.lockedUntil && s.lockedUntil.getTime() > now.getTime()) until = Math.max(until, s.lockedUntil.getTime());
  }
  return until === 0 ? 0 : Math.ceil((until - now.getTime()) / 1000);
}

/** Whether a counting window that started at `windowStart` still counts at `now`. */
export function windowOpen(windowStart: Date, now: Date, policy: ThrottlePolicy): boolean {
  return now.getTime() - windowStart.getTime() < policy.lockMs;
}

/** The state after one more failure. */
export function afterFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const fresh = !state || !windowOpen(state.windowStart, now, policy);
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now : state.windowStart;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return { failures, windowStart, lockedUntil };
}
