// A claim as the API and the pages see it: the verdict and its support, the review state, and
// every appearance (highlighted span) across documents.
import type { ClaimRow } from "../../data/claims.ts";
import type { EvidenceView } from "../annotations/annotation-view.ts";

export interface AppearanceView {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  outlet: string | null;
  publishedAt: string | null;
  start: number;
  end: number;
  quote: string;
  translation: string;
  anchorStatus: string;
  createdBy: { id: string; name: string };
}

export interface ClaimView {
  id: string;
  summary: string;
  verdict: string;
  claimant: string;
  claimDate: string | null;
  rationale: string;
  evidence: EvidenceView[];
  reviewState: string;
  verdictSetBy: { id: string; name: string } | null;
  verdictSetAt: string | null;
  approvedBy: { id: string; name: string } | null;
  approvedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  appearances: AppearanceView[];
}

export function claimView(row: ClaimRow): ClaimView {
  return {
    id: row.id,
    summary: row.summary,
    verdict: row.verdict,
    claimant: row.claimant,
    claimDate: row.claimDate,
    rationale: row.rationale,
    evidence: row.evidence.map((e) => ({ url: e.url, title: e.title, quote: e.quote, stance: e.stance, accessedAt: e.accessedAt })),
    reviewState: row.reviewState,
    verdictSetBy: row.verdictSetBy,
    verdictSetAt: row.verdictSetAt?.toISOString() ?? null,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    appearances: row.annotations.map((a) => ({
      annotationId: a.id,
      documentId: a.documentId,
      documentTitle: a.document.title,
      outlet: a.document.outlet,
      publishedAt: a.document.publishedAt,
      start: a.start,
      end: a.end,
      quote: a.quote,
      translation: a.translation,
      anchorStatus: a.anchorStatus,
      createdBy: a.createdBy,
    })),
  };
}
