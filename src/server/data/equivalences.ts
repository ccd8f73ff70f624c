// Data access for the editable list of equivalent names and phrases.
import { db } from "../db/client.ts";

export async function listEquivalenceRows() {
  return db().equivalence.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { createdBy: { select: { id: true, name: true } } } });
}

export async function insertEquivalence(canonical: string, terms: string[], createdById: string) {
  return db().equivalence.create({ data: { canonical, terms: JSON.stringify(terms), createdById }, include: { createdBy: { select: { id: true, name: true } } } });
}

export async function deleteEquivalence(id: string): Promise<boolean> {
  return (await db().equivalence.deleteMany({ where: { id } })).count === 1;
}
