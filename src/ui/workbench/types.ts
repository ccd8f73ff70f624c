// Shapes the workbench shares with the API (see src/server/services/annotations/annotation-view.ts).
export interface Evidence {
  url: string;
  title: string;
  quote: string;
  stance: "supports" | "refutes" | "context" | string;
  accessedAt: string | null;
}

export interface Annotation {
  id: string;
  documentId: string;
  claimId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  textHash: string;
  anchorStatus: "anchored" | "orphaned" | string;
  anchorScore: number;
  translation: string;
  verdict: string;
  claimant: string;
  rationale: string;
  evidence: Evidence[];
  version: number;
  createdBy: { id: string; name: string };
  updatedBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

export interface ClaimFields {
  translation: string;
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
