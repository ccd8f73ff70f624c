// Data access for failed sign-in counters. Counting is done in single UPDATE statements, so
// concurrent failures cannot overwrite each other's counts.
import { db } from "../db/client.ts";
import { isUniqueViolation } from "../errors.ts";

export interface ThrottleRow {
  key: string;
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export async function findThrottles(keys: string[]): Promise<ThrottleRow[]> {
  return db().loginThrottle.findMany({ where: { key: { in: keys } } });
}

/**
 * Counts one failure for `key`: a window that started at or before `windowCutoff` is over and
 * starts afresh at `now`; then the count goes up by one. When it reaches `maxFailures`, the
 * key is locked until `lockUntil`. Each step is one statement, safe under concurrency.
 */
export async function countFailure(key: string, now: Date, windowCutoff: Date, maxFailures: number, lockUntil: Date): Promise<void> {
  const rows = db().loginThrottle;
  await rows.updateMany({ where: { key, windowStart: { lte: windowCutoff } }, data: { failures: 0, windowStart: now, lockedUntil: null } });
  try {
    await rows.create({ data: { key, failures: 0, windowStart: now } });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  await rows.update({ where: { key }, data: { failures: { increment: 1 } } });
  await rows.updateMany({ where: { key, failures: { gte: maxFailures } }, data: { lockedUntil: lockUntil } });
}

export async function clearThrottles(keys: string[]): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
