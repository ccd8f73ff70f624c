// Every API route in one table: who may call it, a valid request, and what a valid request
// answers. The security matrix and the fuzzer are generated from it, and a test fails when a
// route file exists that the table does not list (so a new route cannot be missed).
import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";
import { bearer, createAnnotation, importArticle } from "./workbench";

export type Role = "ADMIN" | "EDITOR" | "REVIEWER" | "VIEWER";
const ALL: Role[] = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"];
const WRITERS: Role[] = ["ADMIN", "EDITOR", "REVIEWER"];
const EDITORS: Role[] = ["ADMIN", "EDITOR"];
const ADMINS: Role[] = ["ADMIN"];

/** Objects a request may name, made fresh by `fixture` (by an admin) for each request. */
export type Ids = Record<string, string | number>;

export interface RouteSpec {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** With {placeholders} filled from the fixture's ids. */
  path: string;
  /** Roles allowed; anyone else signed in gets `forbidden` (403); `ownerOnly`: 404 for all but the owner. */
  allowed: Role[];
  /** No sign-in needed: every caller gets `ok`. */
  public?: boolean;
  /** The object belongs to its creator: others are told it does not exist (404). */
  ownerOnly?: boolean;
  /** The status of a valid request by an allowed role. */
  ok: number;
  body?: (ids: Ids) => unknown;
  /** The body's type when it is not JSON (the body is then a string). */
  contentType?: string;
  /** Field names of the JSON body and query, for the fuzzer. */
  fields?: string[];
  query?: (ids: Ids) => string;
  /** Makes what the request needs. */
  fixture?: (api: AdminApi) => Promise<Ids>;
}

export interface AdminApi {
  request: APIRequestContext;
  token: string;
}

const SENTENCE = '"Korea Utara akan membayar harga," kata Sullivan di Gedung Putih.';

async function document(api: AdminApi): Promise<Ids> {
  const doc = await importArticle(api.request, api.token, [SENTENCE, "Paragraf lain tentang Rusia dan Ukraina."]);
  return { document: doc.id, version: 1, length: [...doc.text].length };
}

async function annotated(api: AdminApi): Promise<Ids> {
  const doc = await importArticle(api.request, api.token, [SENTENCE]);
  const a = await createAnnotation(api.request, api.token, doc, "Korea Utara akan membayar harga", { translation: "North Korea will pay a price", verdict: "TRUE" });
  return { document: doc.id, annotation: a.id, claim: a.claimId, version: a.version, start: 0, end: 10 };
}

async function claimWithVersion(api: AdminApi): Promise<Ids> {
  const ids = await annotated(api);
  const claim = (await (await api.request.get(`/api/v1/claims/${ids.claim}`, { headers: bearer(api.token) })).json()) as { version: number };
  return { ...ids, claimVersion: claim.version };
}

async function claimInReview(api: AdminApi): Promise<Ids> {
  const ids = await annotated(api);
  expect((await api.request.post(`/api/v1/claims/${ids.claim}/submit`, { headers: bearer(api.token) })).status()).toBe(200);
  return ids;
}

async function twoClaims(api: AdminApi): Promise<Ids> {
  const a = await annotated(api);
  const b = await annotated(api);
  return { ...a, other: b.claim! };
}

async function equivalence(api: AdminApi): Promise<Ids> {
  const res = await api.request.post("/api/v1/equivalences", { headers: bearer(api.token), data: { canonical: `Nama ${Math.random().toString(36).slice(2, 8)}`, terms: ["sebutan lain"] } });
  expect(res.status()).toBe(201);
  return { equivalence: ((await res.json()) as { id: string }).id };
}

async function user(api: AdminApi): Promise<Ids> {
  const res = await api.request.post("/api/v1/users", { headers: bearer(api.token), data: { email: `matrix-${Math.random().toString(36).slice(2, 10)}@saring.test`, name: "Matrix Target", role: "VIEWER", password: "matrix-password-2026" } });
  expect(res.status()).toBe(201);
  return { user: ((await res.json()) as { id: string }).id };
}

async function exportJob(api: AdminApi): Promise<Ids> {
  const res = await api.request.post("/api/v1/exports", { headers: bearer(api.token), data: { format: "csv" } });
  expect(res.status()).toBe(202);
  const id = ((await res.json()) as { id: string }).id;
  for (let i = 0; i < 100; i++) {
    const s = (await (await api.request.get(`/api/v1/exports/${id}`, { headers: bearer(api.token) })).json()) as { state: string };
    if (s.state !== "running") break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { export: id };
}

async function glossaryTerm(api: AdminApi): Promise<Ids> {
  const res = await api.request.post("/api/v1/glossary", { headers: bearer(api.token), data: { source: `Istilah ${Math.random().toString(36).slice(2, 8)}`, target: "Term" } });
  expect(res.status()).toBe(201);
  return { glossary: ((await res.json()) as { id: string }).id };
}

const uniqueEmail = () => `new-${Math.random().toString(36).slice(2, 10)}@saring.test`;
const articleText = () => `Artikel uji ${Math.random().toString(36).slice(2)}.\n${SENTENCE}`;

export const API_ROUTES: RouteSpec[] = [
  { method: "GET", path: "/api/v1/health", allowed: ALL, public: true, ok: 200 },
  { method: "GET", path: "/api/v1/me", allowed: ALL, ok: 200 },
  { method: "GET", path: "/api/v1/documents", allowed: ALL, ok: 200 },
  { method: "POST", path: "/api/v1/documents", allowed: WRITERS, ok: 201, body: () => ({ text: articleText(), outlet: "Uji" }), fields: ["text", "title", "sourceUrl", "outlet", "publishedAt", "language"] },
  { method: "GET", path: "/api/v1/documents/{document}", allowed: ALL, ok: 200, fixture: document },
  { method: "PATCH", path: "/api/v1/documents/{document}", allowed: EDITORS, ok: 200, fixture: document, body: (i) => ({ version: i.version, title: "Judul baru" }), fields: ["version", "text", "title", "outlet", "sourceUrl", "publishedAt", "note"] },
  { method: "GET", path: "/api/v1/documents/{document}/annotations", allowed: ALL, ok: 200, fixture: document },
  { method: "POST", path: "/api/v1/documents/{document}/annotations", allowed: WRITERS, ok: 201, fixture: document, body: () => ({ start: 1, end: 12, translation: "x" }), fields: ["start", "end", "translation", "verdict", "claimant", "rationale", "evidence", "claimId"] },
  { method: "GET", path: "/api/v1/documents/{document}/candidates", allowed: ALL, ok: 200, fixture: document },
  { method: "GET", path: "/api/v1/documents/{document}/claim-matches", allowed: ALL, ok: 200, fixture: document, query: () => "start=1&end=20", fields: ["start", "end"] },
  { method: "PATCH", path: "/api/v1/annotations/{annotation}", allowed: WRITERS, ok: 200, fixture: annotated, body: (i) => ({ version: i.version, translation: "changed" }), fields: ["version", "start", "end", "translation", "verdict", "claimant", "rationale", "evidence", "claimVersion", "reason"] },
  { method: "DELETE", path: "/api/v1/annotations/{annotation}", allowed: WRITERS, ok: 204, fixture: annotated, query: (i) => `version=${i.version}`, fields: ["version"] },
  { method: "GET", path: "/api/v1/annotations/{annotation}/history", allowed: ALL, ok: 200, fixture: annotated },
  { method: "POST", path: "/api/v1/annotations/{annotation}/translation-review", allowed: WRITERS, ok: 200, fixture: annotated, body: (i) => ({ version: i.version }), fields: ["version"] },
  { method: "PUT", path: "/api/v1/annotations/{annotation}/claim", allowed: WRITERS, ok: 200, fixture: twoClaims, body: (i) => ({ claimId: i.other }), fields: ["claimId"] },
  { method: "GET", path: "/api/v1/claims", allowed: ALL, ok: 200, query: () => "sort=appearances&page=1", fields: ["verdict", "reviewState", "documentId", "outlet", "claimant", "reviewer", "q", "sort", "page", "pageSize"] },
  { method: "GET", path: "/api/v1/claims/{claim}", allowed: ALL, ok: 200, fixture: annotated },
  { method: "PATCH", path: "/api/v1/claims/{claim}", allowed: WRITERS, ok: 200, fixture: claimWithVersion, body: (i) => ({ version: i.claimVersion, rationale: "Checked." }), fields: ["version", "verdict", "summary", "claimant", "claimDate", "rationale", "evidence", "reason"] },
  { method: "POST", path: "/api/v1/claims/{claim}/appearances", allowed: WRITERS, ok: 201, fixture: annotated, body: (i) => ({ documentId: i.document, start: 0, end: 10 }), fields: ["documentId", "start", "end", "translation"] },
  { method: "GET", path: "/api/v1/claims/{claim}/suggestions", allowed: ALL, ok: 200, fixture: annotated },
  { method: "GET", path: "/api/v1/claims/{claim}/similar", allowed: ALL, ok: 200, fixture: annotated },
  { method: "POST", path: "/api/v1/claims/{claim}/{step}", allowed: EDITORS, ok: 200, fixture: async (api) => ({ ...(await claimInReview(api)), step: "approve" }), fields: ["reason"] },
  { method: "POST", path: "/api/v1/claims/{claim}/merge", allowed: WRITERS, ok: 200, fixture: twoClaims, body: (i) => ({ from: i.other }), fields: ["from"] },
  { method: "GET", path: "/api/v1/claims/{claim}/comments", allowed: ALL, ok: 200, fixture: annotated },
  { method: "POST", path: "/api/v1/claims/{claim}/comments", allowed: WRITERS, ok: 201, fixture: annotated, body: () => ({ body: "Periksa lagi." }), fields: ["body"] },
  { method: "GET", path: "/api/v1/claims/{claim}/history", allowed: ALL, ok: 200, fixture: annotated },
  { method: "GET", path: "/api/v1/verdict-labels", allowed: ALL, ok: 200 },
  { method: "PUT", path: "/api/v1/verdict-labels", allowed: ADMINS, ok: 200, fixture: async (api) => ({ labels: JSON.stringify(await (await api.request.get("/api/v1/verdict-labels", { headers: bearer(api.token) })).json()) }), body: (i) => JSON.parse(String(i.labels)), fields: ["key", "en", "id", "color", "rating"] },
  { method: "GET", path: "/api/v1/equivalences", allowed: ALL, ok: 200 },
  { method: "POST", path: "/api/v1/equivalences", allowed: EDITORS, ok: 201, body: () => ({ canonical: `Nama ${Math.random().toString(36).slice(2, 8)}`, terms: ["lain"] }), fields: ["canonical", "terms"] },
  { method: "DELETE", path: "/api/v1/equivalences/{equivalence}", allowed: EDITORS, ok: 204, fixture: equivalence },
  { method: "GET", path: "/api/v1/glossary", allowed: ALL, ok: 200, query: () => "format=json", fields: ["format"] },
  { method: "POST", path: "/api/v1/glossary", allowed: EDITORS, ok: 201, body: () => ({ source: `Istilah ${Math.random().toString(36).slice(2, 8)}`, target: "Term", note: "matrix" }), fields: ["source", "target", "note"] },
  { method: "DELETE", path: "/api/v1/glossary/{glossary}", allowed: EDITORS, ok: 204, fixture: glossaryTerm },
  { method: "GET", path: "/api/v1/glossary/matches", allowed: ALL, ok: 200, query: () => "text=Korea%20Utara%20dan%20kepemimpinan", fields: ["text"] },
  { method: "GET", path: "/api/v1/translation-memory", allowed: ALL, ok: 200, query: () => "text=Korea%20Utara%20akan%20membayar%20harga&limit=3", fields: ["text", "exclude", "limit"] },
  { method: "POST", path: "/api/v1/machine-translation", allowed: WRITERS, ok: 200, body: () => ({ text: "Korea Utara akan membayar harga" }), fields: ["text"] },
  { method: "POST", path: "/api/v1/glossary/import", allowed: EDITORS, ok: 200, contentType: "text/csv", body: () => `source,target\nIstilah ${Math.random().toString(36).slice(2, 8)},Term\n`, fields: [] },
  { method: "GET", path: "/api/v1/export", allowed: ALL, ok: 200, fixture: document, query: (i) => `format=csv&documentId=${i.document}`, fields: ["format", "documentId", "verdict", "reviewState", "outlet", "from", "to"] },
  { method: "POST", path: "/api/v1/exports", allowed: ALL, ok: 202, fixture: document, body: (i) => ({ format: "md", documentId: [i.document] }), fields: ["format", "documentId", "verdict", "reviewState", "outlet", "from", "to"] },
  // Made by the fixture's admin: to everyone else, whatever their role, the job does not exist.
  { method: "GET", path: "/api/v1/exports/{export}", allowed: [], ownerOnly: true, ok: 200, fixture: exportJob },
  { method: "GET", path: "/api/v1/exports/{export}/file", allowed: [], ownerOnly: true, ok: 200, fixture: exportJob },
  { method: "GET", path: "/api/v1/backup", allowed: ADMINS, ok: 200 },
  { method: "GET", path: "/api/v1/users", allowed: ADMINS, ok: 200 },
  { method: "POST", path: "/api/v1/users", allowed: ADMINS, ok: 201, body: () => ({ email: uniqueEmail(), name: "Baru", role: "VIEWER", password: "a-long-password-2026" }), fields: ["email", "name", "role", "password"] },
  { method: "PATCH", path: "/api/v1/users/{user}", allowed: ADMINS, ok: 200, fixture: user, body: () => ({ role: "REVIEWER" }), fields: ["role", "disabled"] },
];

export function fill(path: string, ids: Ids): string {
  return path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(String(ids[k] ?? `missing-${k}`)));
}

/** The route template of a route file: app/api/v1/claims/[id]/[step]/route.ts → /api/v1/claims/{}/{}. */
export function templateOf(file: string): string {
  return file.replace(/^app/, "").replace(/\/route\.ts$/, "").replace(/\[[^\]]+\]/g, "{}");
}
export const shapeOf = (path: string) => path.replace(/\{\w+\}/g, "{}");
