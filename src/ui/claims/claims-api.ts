// The claim page's calls to the REST API.
import type { ClaimView } from "@/server/services/claims/claim-view";
import type { ClaimMatch, Suggestion } from "@/server/services/claims/matching";
import type { CommentView } from "@/server/services/claims/read-claims";
import { call } from "../api/call";

export type SuggestionView = Suggestion;
export type SimilarClaim = ClaimMatch;

const base = (id: string) => `/api/v1/claims/${encodeURIComponent(id)}`;

export const claimsApi = {
  update: (id: string, body: Record<string, unknown>) => call<ClaimView, ClaimView>("PATCH", base(id), body),
  review: (id: string, step: "submit" | "approve" | "reject", reason?: string) => call<ClaimView>("POST", `${base(id)}/${step}`, reason === undefined ? undefined : { reason }),
  comment: (id: string, body: string) => call<CommentView>("POST", `${base(id)}/comments`, { body }),
  suggestions: (id: string) => call<SuggestionView[]>("GET", `${base(id)}/suggestions`),
  link: (id: string, s: { documentId: string; start: number; end: number }) => call<unknown>("POST", `${base(id)}/appearances`, s),
  similar: (id: string) => call<SimilarClaim[]>("GET", `${base(id)}/similar`),
  merge: (id: string, from: string) => call<ClaimView>("POST", `${base(id)}/merge`, { from }),
  split: (annotationId: string) => call<ClaimView>("PUT", `/api/v1/annotations/${encodeURIComponent(annotationId)}/claim`, { claimId: null }),
};
