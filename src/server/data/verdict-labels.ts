// Data access for the verdict label set (editable by admins); the defaults until edited.
import { DEFAULT_VERDICTS, type VerdictLabel } from "../../domain/claims/verdicts.ts";
import { db } from "../db/client.ts";
import type { Tx } from "../db/transaction.ts";

export async function listVerdictLabels(tx: Tx = db()): Promise<VerdictLabel[]> {
  const rows = await tx.verdictLabel.findMany({ orderBy: [{ position: "asc" }, { key: "asc" }] });
  if (rows.length === 0) return [...DEFAULT_VERDICTS];
  return rows.map((r) => ({ key: r.key, en: r.nameEn, id: r.nameId, color: r.color, rating: r.rating }));
}

/** Replaces the label set (labels left out are deleted). */
export async function saveVerdictLabels(labels: VerdictLabel[]): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.verdictLabel.deleteMany({ where: { key: { notIn: labels.map((l) => l.key) } } });
    for (const [position, l] of labels.entries()) {
      const data = { nameEn: l.en, nameId: l.id, color: l.color, rating: l.rating, position };
      await tx.verdictLabel.upsert({ where: { key: l.key }, create: { key: l.key, ...data }, update: data });
    }
  });
}

/** How many claims use each verdict key. */
export async function countClaimsByVerdict(): Promise<Map<string, number>> {
  const groups = await db().claim.groupBy({ by: ["verdict"], _count: { _all: true } });
  return new Map(groups.map((g) => [g.verdict, g._count._all]));
}
