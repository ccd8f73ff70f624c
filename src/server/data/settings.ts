// Data access for instance settings and one-time markers.
import { db } from "../db/client.ts";
import type { Tx } from "../db/transaction.ts";

export async function getSetting(key: string, tx: Tx = db()): Promise<string | null> {
  const row = await tx.setting.findUnique({ where: { key } });
  return row?.value ?? null;
}

export async function setSetting(key: string, value: string, tx: Tx = db()): Promise<void> {
  await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

/** Inserts the marker; false when it already existed (another process got there first). */
export async function claimMarker(key: string, value: string, tx: Tx = db()): Promise<boolean> {
  try {
    await tx.setting.create({ data: { key, value } });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") return false;
    throw err;
  }
}
