// The hottest write — a new span with a new claim, its evidence and its history entry — done
// without Prisma's query engine on each database (annotations-direct-sqlite.ts,
// annotations-direct-postgres.ts). What both share: the input, and the row as `findAnnotation`
// returns it, assembled from what is written.
import { newRowId } from "../db/row-id.ts";
import type { AnnotationRow, EvidenceInput } from "./annotations.ts";

export interface Span {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  textHash: string;
}

export interface DirectAnnotationInput {
  documentId: string;
  translation: string;
  translationOrigin: string;
  actor: { id: string; name: string };
  claim: { verdict: string; claimant: string; rationale: string; evidence: EvidenceInput[] };
  /** Checks the span against the document's current text (throws to refuse: nothing is written). */
  anchor: (text: string, textHash: string) => Span;
  /** Refuses a verdict that is not a label (throws), given the stored label keys (none: the defaults). */
  checkVerdict: (storedKeys: string[]) => void;
  /** The history entry's changes for the new row. */
  changes: (row: AnnotationRow) => Record<string, { before: unknown; after: unknown }>;
}

/** The rows a new annotation writes (ids and times fresh), as `findAnnotation` would return them. */
export function newAnnotationRow(input: DirectAnnotationInput, span: Span): AnnotationRow {
  const now = new Date();
  const { actor, claim: c } = input;
  // Who set a verdict other than the default: they may not approve it themselves.
  const setBy = c.verdict !== "UNVERIFIED" ? actor.id : null;
  const claimId = newRowId();
  const translatedById = input.translation ? actor.id : null;
  const person = { id: actor.id, name: actor.name };
  return {
    id: newRowId(),
    documentId: input.documentId,
    claimId,
    ...span,
    anchorStatus: "anchored",
    anchorScore: 1,
    translation: input.translation,
    translationOrigin: input.translation ? input.translationOrigin : "typed",
    translatedById,
    translationReviewedById: null,
    translationReviewedAt: null,
    version: 1,
    createdById: actor.id,
    updatedById: actor.id,
    createdAt: now,
    updatedAt: now,
    claim: {
      id: claimId,
      verdict: c.verdict,
      summary: "",
      claimant: c.claimant,
      claimDate: null,
      rationale: c.rationale,
      reviewState: "DRAFT",
      verdictSetById: setBy,
      verdictSetAt: setBy ? now : null,
      approvedById: null,
      approvedAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      evidence: c.evidence.map((e, position) => ({ id: newRowId(), claimId, position, url: e.url, title: e.title, quote: e.quote, stance: e.stance, accessedAt: e.accessedAt })),
    },
    createdBy: person,
    updatedBy: person,
    translatedBy: translatedById ? person : null,
    translationReviewedBy: null,
  };
}
