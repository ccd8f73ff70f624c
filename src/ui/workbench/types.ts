// Shapes the workbench shares with the API (see src/server/services/annotations/annotation-view.ts).
export interface Evidence {
  url: string;
  title: string;
  quote: string;
  stance: "supports" | "refutes" | "context" | string;
  accessedAt: string | null;
}

/** What the workbench keeps of an annotation (the API sends more: selectors' context, hashes; the page sends these packed, see wire.ts). */
export interface Annotation {
  id: string;
  /** The claim this span is an appearance of (verdict and the rest are the claim's). */
  claimId: string;
  claimVersion: number;
  reviewState: string;
  start: number;
  end: number;
  quote: string;
  anchorStatus: "anchored" | "orphaned" | string;
  translation: string;
  /** typed | memory | glossary | machine */
  translationOrigin: string;
  translatedBy: { id: string; name: string } | null;
  translationReviewedBy: { id: string; name: string } | null;
  verdict: string;
  claimant: string;
  rationale: string;
  evidence: Evidence[];
  version: number;
  createdBy: { id: string; name: string };
  updatedBy: { id: string; name: string };
  updatedAt: string;
}

export interface ClaimFields {
  translation: string;
  /** Where the translation came from (sent with it; see domain/translation/translation-origin). */
  translationOrigin: string;
  verdict: string;
  claimant: string;
  rationale: string;
  evidence: Evidence[];
}

export interface HistoryEntry {
  id: string;
  at: string;
  action: string;
  actor: { id: string; name: string } | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}

export interface VerdictOption {
  key: string;
  en: string;
  id: string;
  color: string;
}
