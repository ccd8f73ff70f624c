// Data access for annotations with their claim, evidence and history.
import { db, directPostgres, directSqlite } from "../db/client.ts";
import { listAnnotationsPostgres, listAnnotationsSqlite } from "./annotations-list-direct.ts";
import type { Tx } from "../db/transaction.ts";

export const annotationInclude = {
  claim: { include: { evidence: { orderBy: { position: "asc" as const } } } },
  createdBy: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
  translatedBy: { select: { id: true, name: true } },
  translationReviewedBy: { select: { id: true, name: true } },
} as const;

export type AnnotationRow = NonNullable<Awaited<ReturnType<typeof findAnnotation>>>;

export interface EvidenceInput {
  url: string;
  title: string;
  quote: string;
  stance: string;
  accessedAt: string | null;
}

export async function findAnnotation(id: string, tx: Tx = db()) {
  return tx.annotation.findUnique({ where: { id }, include: annotationInclude });
}

/**
 * A document's annotations with their claims, evidence and people, in text order. Loaded in
 * four queries joined by filters rather than `include`: an include sends every parent id as
 * a bind parameter, which breaks past the engine's limit (SQLite: 999) on a document with
 * thousands of annotations.
 */
export async function listAnnotations(documentId: string, tx?: Tx): Promise<AnnotationRow[]> {
  // Outside a transaction, without Prisma's query engine where the connection allows it.
  if (!tx) {
    const conn = directSqlite();
    if (conn && !conn.inTransaction) return listAnnotationsSqlite(conn, documentId);
    const pool = directPostgres();
    if (pool) return listAnnotationsPostgres(pool, documentId);
  }
  return listAnnotationsWithPrisma(documentId, tx ?? db());
}

/** The same through Prisma (inside transactions, and what the direct read is tested against). */
export async function listAnnotationsWithPrisma(documentId: string, tx: Tx): Promise<AnnotationRow[]> {
  const onDocument = { annotations: { some: { documentId } } };
  const [annotations, claims, evidence] = await Promise.all([
    tx.annotation.findMany({ where: { documentId }, orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }] }),
    tx.claim.findMany({ where: onDocument }),
    tx.evidence.findMany({ where: { claim: onDocument }, orderBy: [{ claimId: "asc" }, { position: "asc" }] }),
  ]);
  const people = new Set(annotations.flatMap((a) => [a.createdById, a.updatedById, a.translatedById, a.translationReviewedById].filter((p): p is string => p !== null)));
  const users = new Map<string, { id: string; name: string }>();
  const ids = [...people];
  for (let i = 0; i < ids.length; i += 500) {
    for (const u of await tx.user.findMany({ where: { id: { in: ids.slice(i, i + 500) } }, select: { id: true, name: true } })) users.set(u.id, u);
  }
  const evidenceOf = new Map<string, typeof evidence>();
  for (const e of evidence) evidenceOf.set(e.claimId, [...(evidenceOf.get(e.claimId) ?? []), e]);
  const claimOf = new Map(claims.map((c) => [c.id, { ...c, evidence: evidenceOf.get(c.id) ?? [] }]));
  const person = (id: string | null) => (id === null ? null : (users.get(id) ?? null));
  return annotations.map((a) => ({
    ...a,
    claim: claimOf.get(a.claimId)!,
    createdBy: users.get(a.createdById)!,
    updatedBy: users.get(a.updatedById)!,
    translatedBy: person(a.translatedById),
    translationReviewedBy: person(a.translationReviewedById),
  }));
}

/** How many distinct claims each document has highlighted. */
export async function countClaimsByDocument(): Promise<Map<string, number>> {
  const rows = await db().annotation.groupBy({ by: ["documentId", "claimId"] });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.documentId, (counts.get(r.documentId) ?? 0) + 1);
  return counts;
}

/**
 * Inserts a span and, for a new claim, the claim and its evidence, in plain statements (no
 * nested writes or includes: this is the hottest write); returns the row as `findAnnotation`
 * would, assembled from what was written. Null when the existing claim named does not exist.
 */
export async function insertAnnotation(
  tx: Tx,
  data: {
    documentId: string;
    start: number;
    end: number;
    quote: string;
    prefix: string;
    suffix: string;
    textHash: string;
    translation: string;
    translationOrigin: string;
    actor: { id: string; name: string };
    /** A new claim's fields, or an existing claim this span is another appearance of. */
    claim: { verdict: string; claimant: string; rationale: string; evidence: EvidenceInput[] } | { id: string };
  },
): Promise<AnnotationRow | null> {
  const evidenceOrder = { orderBy: { position: "asc" as const } };
  let claim;
  if ("id" in data.claim) {
    claim = await tx.claim.findUnique({ where: { id: data.claim.id }, include: { evidence: evidenceOrder } });
    if (!claim) return null;
  } else {
    const created = await tx.claim.create({
      data: {
        verdict: data.claim.verdict,
        claimant: data.claim.claimant,
        rationale: data.claim.rationale,
        // Who set a verdict other than the default: they may not approve it themselves.
        ...(data.claim.verdict !== "UNVERIFIED" ? { verdictSetById: data.actor.id, verdictSetAt: new Date() } : {}),
      },
    });
    const evidence = data.claim.evidence.length
      ? await tx.evidence.createManyAndReturn({ data: data.claim.evidence.map((e, position) => ({ ...e, position, claimId: created.id })) })
      : [];
    claim = { ...created, evidence: evidence.sort((a, b) => a.position - b.position) };
  }
  const row = await tx.annotation.create({
    data: {
      documentId: data.documentId,
      claimId: claim.id,
      start: data.start,
      end: data.end,
      quote: data.quote,
      prefix: data.prefix,
      suffix: data.suffix,
      textHash: data.textHash,
      translation: data.translation,
      // Who translated: only when there is a translation.
      translationOrigin: data.translation ? data.translationOrigin : "typed",
      translatedById: data.translation ? data.actor.id : null,
      createdById: data.actor.id,
      updatedById: data.actor.id,
    },
  });
  const person = { id: data.actor.id, name: data.actor.name };
  return { ...row, claim, createdBy: person, updatedBy: person, translatedBy: row.translatedById ? person : null, translationReviewedBy: null };
}

/** Bumps the version only if it is still `version`; false when someone else saved first. */
export async function bumpAnnotationVersion(
  tx: Tx,
  id: string,
  version: number,
  data: Partial<{
    start: number;
    end: number;
    quote: string;
    prefix: string;
    suffix: string;
    textHash: string;
    translation: string;
    translationOrigin: string;
    translatedById: string | null;
    translationReviewedById: string | null;
    translationReviewedAt: Date | null;
    anchorStatus: string;
    anchorScore: number;
  }>,
  actorId: string,
): Promise<boolean> {
  const result = await tx.annotation.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 }, updatedById: actorId } });
  return result.count === 1;
}

export async function updateClaimFields(tx: Tx, claimId: string, data: Partial<{ verdict: string; claimant: string; rationale: string }>, evidence?: EvidenceInput[]) {
  await tx.claim.update({ where: { id: claimId }, data: { ...data, version: { increment: 1 } } });
  if (evidence) {
    await tx.evidence.deleteMany({ where: { claimId } });
    if (evidence.length) await tx.evidence.createMany({ data: evidence.map((e, position) => ({ ...e, claimId, position })) });
  }
}

/** Deletes the annotation, and its claim when no other span states it. */
export async function removeAnnotation(tx: Tx, id: string, claimId: string): Promise<void> {
  await tx.annotation.delete({ where: { id } });
  if ((await tx.annotation.count({ where: { claimId } })) === 0) await tx.claim.delete({ where: { id: claimId } });
}

export interface AnnotationEventInput {
  annotationId: string;
  documentId: string;
  actorId: string | null;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

export async function insertAnnotationEvent(tx: Tx, e: AnnotationEventInput) {
  await tx.annotationEvent.create({ data: { ...e, changes: JSON.stringify(e.changes) } });
}

/** Many history entries in a few statements (a correction re-anchors thousands of annotations). */
export async function insertAnnotationEvents(tx: Tx, events: readonly AnnotationEventInput[]) {
  const CHUNK = 500;
  for (let i = 0; i < events.length; i += CHUNK) {
    await tx.annotationEvent.createMany({ data: events.slice(i, i + CHUNK).map((e) => ({ ...e, changes: JSON.stringify(e.changes) })) });
  }
}

export async function listAnnotationEvents(annotationId: string) {
  return db().annotationEvent.findMany({
    where: { annotationId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    include: { actor: { select: { id: true, name: true } } },
  });
}
