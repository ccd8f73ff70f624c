// Sign-in throttling rules, pure. A key (a client address or an account) that collects
// `maxFailures` failed attempts within one window is locked for `lockMs` from the last failure;
// counting itself happens in the database (src/server/data/login-throttles.ts).

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
