// Data access for annotations with their claim, evidence and history.
import { db } from "../db/client.ts";
import type { Tx } from "../db/transaction.ts";

export const annotationInclude = {
  claim: { include: { evidence: { orderBy: { position: "asc" as const } } } },
  createdBy: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
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

export async function listAnnotations(documentId: string, tx: Tx = db()) {
  return tx.annotation.findMany({ where: { documentId }, include: annotationInclude, orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }] });
}

/** How many distinct claims each document has highlighted. */
export async function countClaimsByDocument(): Promise<Map<string, number>> {
  const rows = await db().annotation.groupBy({ by: ["documentId", "claimId"] });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.documentId, (counts.get(r.documentId) ?? 0) + 1);
  return counts;
}

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
    actorId: string;
    claim: { verdict: string; claimant: string; rationale: string; evidence: EvidenceInput[] };
  },
) {
  const claim = await tx.claim.create({
    data: {
      verdict: data.claim.verdict,
      claimant: data.claim.claimant,
      rationale: data.claim.rationale,
      evidence: { create: data.claim.evidence.map((e, position) => ({ ...e, position })) },
    },
  });
  return tx.annotation.create({
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
      createdById: data.actorId,
      updatedById: data.actorId,
    },
    include: annotationInclude,
  });
}

/** Bumps the version only if it is still `version`; false when someone else saved first. */
export async function bumpAnnotationVersion(
  tx: Tx,
  id: string,
  version: number,
  data: Partial<{ start: number; end: number; quote: string; prefix: string; suffix: string; textHash: string; translation: string; anchorStatus: string; anchorScore: number }>,
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

export async function insertAnnotationEvent(
  tx: Tx,
  e: { annotationId: string; documentId: string; actorId: string | null; action: string; changes: Record<string, { before: unknown; after: unknown }> },
) {
  await tx.annotationEvent.create({ data: { ...e, changes: JSON.stringify(e.changes) } });
}

export async function listAnnotationEvents(annotationId: string) {
  return db().annotationEvent.findMany({
    where: { annotationId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    include: { actor: { select: { id: true, name: true } } },
  });
}
