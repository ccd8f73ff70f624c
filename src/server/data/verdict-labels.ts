// Data access for the verdict label set (editable by admins); the defaults until edited.
import { DEFAULT_VERDICTS, type VerdictLabel } from "../../domain/claims/verdicts.ts";
import { db } from "../db/client.ts";

export async function listVerdictLabels(): Promise<VerdictLabel[]> {
  const rows = await db().verdictLabel.findMany({ orderBy: [{ position: "asc" }, { key: "asc" }] });
  if (rows.length === 0) return [...DEFAULT_VERDICTS];
  return rows.map((r) => ({ key: r.key, en: r.nameEn, id: r.nameId, color: r.color, rating: r.rating }));
}

export async function saveVerdictLabels(labels: VerdictLabel[]): Promise<void> {
  await db().$transaction(async (tx) => {
    for (const [position, l] of labels.entries()) {
      const data = { nameEn: l.en, nameId: l.id, color: l.color, rating: l.rating, position };
      await tx.verdictLabel.upsert({ where: { key: l.key }, create: { key: l.key, ...data }, update: data });
    }
  });
}
