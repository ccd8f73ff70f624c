// Data access for failed sign-in counters.
import { db } from "../db/client.ts";

export interface ThrottleRow {
  key: string;
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export async function findThrottles(keys: string[]): Promise<ThrottleRow[]> {
  return db().loginThrottle.findMany({ where: { key: { in: keys } } });
}

export async function saveThrottle(row: ThrottleRow): Promise<void> {
  const { key, ...data } = row;
  await db().loginThrottle.upsert({ where: { key }, create: row, update: data });
}

export async function clearThrottles(keys: string[]): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
