// An annotation as the API and the workbench see it: its span and translation, and its
// claim's verdict, claimant, rationale and evidence read through.
import type { AnnotationRow } from "../../data/annotations.ts";

export interface EvidenceView {
  url: string;
  title: string;
  quote: string;
  stance: string;
  accessedAt: string | null;
}

export interface AnnotationView {
  id: string;
  documentId: string;
  claimId: string;
  /** The claim's version (verdict and the rest are the claim's, shared by its appearances). */
  claimVersion: number;
  reviewState: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  textHash: string;
  anchorStatus: string;
  anchorScore: number;
  translation: string;
  /** typed | memory | glossary | machine */
  translationOrigin: string;
  /** Who last set the translation's text. */
  translatedBy: { id: string; name: string } | null;
  /** The second person who checked it since (null until then). */
  translationReviewedBy: { id: string; name: string } | null;
  translationReviewedAt: string | null;
  verdict: string;
  claimant: string;
  rationale: string;
  evidence: EvidenceView[];
  version: number;
  createdBy: { id: string; name: string };
  updatedBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

export function annotationView(row: AnnotationRow): AnnotationView {
  return {
    id: row.id,
    documentId: row.documentId,
    claimId: row.claimId,
    claimVersion: row.claim.version,
    reviewState: row.claim.reviewState,
    start: row.start,
    end: row.end,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    textHash: row.textHash,
    anchorStatus: row.anchorStatus,
    anchorScore: row.anchorScore,
    translation: row.translation,
    translationOrigin: row.translationOrigin,
    translatedBy: row.translatedBy,
    translationReviewedBy: row.translationReviewedBy,
    translationReviewedAt: row.translationReviewedAt?.toISOString() ?? null,
    verdict: row.claim.verdict,
    claimant: row.claim.claimant,
    rationale: row.claim.rationale,
    evidence: row.claim.evidence.map((e) => ({ url: e.url, title: e.title, quote: e.quote, stance: e.stance, accessedAt: e.accessedAt })),
    version: row.version,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields a person edits, for history entries and conflict reports. */
export function editableFields(v: Pick<AnnotationView, "start" | "end" | "quote" | "translation" | "verdict" | "claimant" | "rationale" | "evidence">) {
  return { start: v.start, end: v.end, quote: v.quote, translation: v.translation, verdict: v.verdict, claimant: v.claimant, rationale: v.rationale, evidence: v.evidence };
}
