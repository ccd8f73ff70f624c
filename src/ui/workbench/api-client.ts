// The workbench talks to Saring's REST API (the same one integrations use), with the session
// cookie. Every answer is either the value or an error with the server's message.
import type { ClaimMatch } from "@/server/services/claims/matching";
import type { MemoryOfferView } from "@/server/services/translation/translation-memory";
import { call } from "../api/call";
import type { Annotation, ClaimFields, HistoryEntry } from "./types";

export type { ClaimMatch, MemoryOfferView };

export const api = {
  claimMatches: (documentId: string, start: number, end: number) =>
    call<ClaimMatch[]>("GET", `/api/v1/documents/${encodeURIComponent(documentId)}/claim-matches?start=${start}&end=${end}`),
  create: (documentId: string, body: { start: number; end: number; claimId?: string } & Partial<ClaimFields>) =>
    call<Annotation, Annotation>("POST", `/api/v1/documents/${encodeURIComponent(documentId)}/annotations`, body),
  update: (id: string, body: { version: number; claimVersion?: number; start?: number; end?: number } & Partial<ClaimFields>) =>
    call<Annotation, Annotation>("PATCH", `/api/v1/annotations/${encodeURIComponent(id)}`, body),
  remove: (id: string, version: number) => call<void, Annotation>("DELETE", `/api/v1/annotations/${encodeURIComponent(id)}?version=${version}`),
  translationMemory: (text: string, exclude?: string) =>
    call<MemoryOfferView[]>("GET", `/api/v1/translation-memory?limit=3&text=${encodeURIComponent(text)}${exclude ? `&exclude=${encodeURIComponent(exclude)}` : ""}`),
  machineDraft: (text: string) => call<{ translation: string }>("POST", "/api/v1/machine-translation", { text }),
  reviewTranslation: (id: string, version: number) =>
    call<Annotation, Annotation>("POST", `/api/v1/annotations/${encodeURIComponent(id)}/translation-review`, { version }),
  history: (id: string) => call<HistoryEntry[]>("GET", `/api/v1/annotations/${encodeURIComponent(id)}/history`),
  correctText: (documentId: string, body: { version: number; text: string; note?: string }) =>
    call<{ reanchor: { unchanged: number; moved: number; orphaned: number } }>("PATCH", `/api/v1/documents/${encodeURIComponent(documentId)}`, body),
};
