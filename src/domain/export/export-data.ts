// What an export holds: the documents in scope, their claims with every appearance, the label
// set and who exports it. Built by the server; rendered by the pure renderers in this folder.
import type { VerdictLabel } from "../claims/verdicts.ts";

export interface ExportEvidence {
  url: string;
  title: string;
  quote: string;
  stance: string;
  accessedAt: string | null;
}

export interface ExportAppearance {
  annotationId: string;
  documentId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  textHash: string;
  translation: string;
  /** typed | memory | glossary | machine */
  translationOrigin: string;
  /** A second person checked the translation. */
  translationReviewed: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface ExportClaim {
  id: string;
  summary: string;
  verdict: string;
  claimant: string;
  claimDate: string | null;
  rationale: string;
  evidence: ExportEvidence[];
  reviewState: string;
  verdictSetBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  corrections: Array<{ at: string; by: string | null; reason: string; before: string; after: string }>;
  appearances: ExportAppearance[];
}

export interface ExportDocument {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
  language: string;
  textHash: string;
  /** The stored text (NFC, LF); offsets of appearances count its code points. */
  text: string;
}

export interface ExportData {
  generatedAt: string;
  generatedBy: string;
  organisation: { name: string; url: string };
  /** Where documents and claims are published: `${baseUrl}/claims/{id}`. */
  baseUrl: string;
  labels: VerdictLabel[];
  documents: ExportDocument[];
  claims: ExportClaim[];
}
