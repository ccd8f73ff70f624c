// Data access for the glossary (term pairs Indonesian → English).
import { db } from "../db/client.ts";

const withAuthor = { createdBy: { select: { id: true, name: true } } } as const;

export async function listGlossaryRows() {
  return db().glossaryTerm.findMany({ orderBy: [{ sourceKey: "asc" }], include: withAuthor });
}

export async function insertGlossaryTerm(data: { source: string; sourceKey: string; target: string; note: string; createdById: string | null }) {
  return db().glossaryTerm.create({ data, include: withAuthor });
}

/** Adds the rows whose source is not in the glossary yet (the first of duplicates); how many. */
export async function insertGlossaryTermsIfMissing(rows: Array<{ source: string; sourceKey: string; target: string; note: string }>, createdById: string | null = null): Promise<number> {
  const existing = new Set((await db().glossaryTerm.findMany({ select: { sourceKey: true } })).map((r) => r.sourceKey));
  const fresh = rows.filter((r) => !existing.has(r.sourceKey) && existing.add(r.sourceKey));
  for (let i = 0; i < fresh.length; i += 200) await db().glossaryTerm.createMany({ data: fresh.slice(i, i + 200).map((r) => ({ ...r, createdById })) });
  return fresh.length;
}

export async function deleteGlossaryTerm(id: string): Promise<boolean> {
  return (await db().glossaryTerm.deleteMany({ where: { id } })).count === 1;
}
