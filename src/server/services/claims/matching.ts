// Claim matching on the server: one in-memory index of every document's sentences, kept up to
// date by document versions (only changed documents are re-read), and one of every claim's
// appearances. Suggestions for a claim (spans in other documents) and claims for a new span.
import { DEFAULT_EQUIVALENCES, type Equivalence } from "../../../domain/nlp/equivalences.ts";
import { MatchIndex } from "../../../domain/nlp/match-index.ts";
import { sentencePassages } from "../../../domain/nlp/passages.ts";
import { createOffsetMap, sliceByCodePoints } from "../../../domain/text/code-points.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { findClaim } from "../../data/claims.ts";
import { listEquivalenceRows } from "../../data/equivalences.ts";
import { db } from "../../db/client.ts";
import { notFound } from "../../errors.ts";

interface DocInfo {
  version: number;
  title: string;
  outlet: string | null;
  text: string;
}

interface State {
  key: string;
  equivalences: readonly Equivalence[];
  passages: MatchIndex;
  docs: Map<string, DocInfo>;
  claims: { key: string; index: MatchIndex } | null;
}

let state: State | null = null;

async function equivalences(): Promise<readonly Equivalence[]> {
  const rows = await listEquivalenceRows();
  return [...DEFAULT_EQUIVALENCES, ...rows.map((r) => ({ canonical: r.canonical, terms: JSON.parse(r.terms) as string[] }))];
}

/** The sentence index, brought up to date with the documents' current versions. */
async function current(): Promise<State> {
  const list = await equivalences();
  const key = JSON.stringify(list);
  if (!state || state.key !== key) state = { key, equivalences: list, passages: new MatchIndex(list), docs: new Map(), claims: null };
  const s = state;
  const versions = await db().document.findMany({ select: { id: true, version: true } });
  const seen = new Set<string>();
  const stale: string[] = [];
  for (const v of versions) {
    seen.add(v.id);
    if (s.docs.get(v.id)?.version !== v.version) stale.push(v.id);
  }
  for (const id of s.docs.keys()) if (!seen.has(id)) (s.docs.delete(id), s.passages.removeDocument(id));
  for (let i = 0; i < stale.length; i += 200) {
    const rows = await db().document.findMany({ where: { id: { in: stale.slice(i, i + 200) } }, select: { id: true, version: true, title: true, outlet: true, text: true } });
    for (const r of rows) {
      s.docs.set(r.id, { version: r.version, title: r.title, outlet: r.outlet, text: r.text });
      s.passages.setDocument(r.id, sentencePassages(r.text));
    }
  }
  return s;
}

export interface Suggestion {
  documentId: string;
  documentTitle: string;
  outlet: string | null;
  start: number;
  end: number;
  quote: string;
  score: number;
}

/** Spans in other documents that may state this claim, best first (offsets in code points). */
export async function suggestionsForClaim(user: CurrentUser, claimId: string, limit = 20): Promise<Suggestion[]> {
  authorize(user, "document.read");
  const claim = await findClaim(claimId);
  if (!claim) throw notFound("The claim");
  const s = await current();
  const query = claim.annotations.map((a) => a.quote).join(" \n ");
  const exclude = new Set(claim.annotations.map((a) => a.documentId));
  return s.passages.search(query, { limit, perDocument: 1, excludeDocs: exclude }).map((hit) => {
    const doc = s.docs.get(hit.docId)!;
    const map = createOffsetMap(doc.text);
    return { documentId: hit.docId, documentTitle: doc.title, outlet: doc.outlet, start: map.toCodePoint(hit.start), end: map.toCodePoint(hit.end), quote: hit.text, score: hit.score };
  });
}

export interface ClaimMatch {
  claimId: string;
  verdict: string;
  summary: string;
  quote: string;
  appearances: number;
  score: number;
}

/** Existing claims a new span (its Indonesian text) may be an appearance of, best first. */
export async function claimsForText(user: CurrentUser, text: string, limit = 5): Promise<ClaimMatch[]> {
  authorize(user, "document.read");
  const s = await current();
  const stamp = await db().annotation.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  const key = `${stamp._count._all}:${stamp._max.updatedAt?.toISOString() ?? ""}`;
  if (!s.claims || s.claims.key !== key) {
    const index = new MatchIndex(s.equivalences);
    const rows = await db().annotation.findMany({ select: { claimId: true, quote: true } });
    const byClaim = new Map<string, string[]>();
    for (const r of rows) byClaim.set(r.claimId, [...(byClaim.get(r.claimId) ?? []), r.quote]);
    for (const [claimId, quotes] of byClaim) index.setDocument(claimId, quotes.map((q) => ({ start: 0, end: q.length, text: q })));
    s.claims = { key, index };
  }
  const hits = s.claims.index.search(text, { limit, perDocument: 1 });
  if (hits.length === 0) return [];
  const claims = await db().claim.findMany({ where: { id: { in: hits.map((h) => h.docId) } }, select: { id: true, verdict: true, summary: true, _count: { select: { annotations: true } } } });
  const byId = new Map(claims.map((c) => [c.id, c]));
  return hits
    .filter((h) => byId.has(h.docId))
    .map((h) => {
      const c = byId.get(h.docId)!;
      return { claimId: c.id, verdict: c.verdict, summary: c.summary, quote: h.text, appearances: c._count.annotations, score: h.score };
    });
}

/** Existing claims a span of a document (code points) may be another appearance of. */
export async function claimsForSpan(user: CurrentUser, documentId: string, start: number, end: number): Promise<ClaimMatch[]> {
  authorize(user, "document.read");
  const doc = await db().document.findUnique({ where: { id: documentId }, select: { text: true } });
  if (!doc) throw notFound("The document");
  const quote = sliceByCodePoints(doc.text, start, Math.max(start, end));
  return quote.trim() ? claimsForText(user, quote) : [];
}

/** Other claims that state much the same thing as this one (candidates for a merge). */
export async function similarClaims(user: CurrentUser, claimId: string, limit = 5): Promise<ClaimMatch[]> {
  authorize(user, "document.read");
  const claim = await findClaim(claimId);
  if (!claim) throw notFound("The claim");
  const text = claim.annotations.map((a) => a.quote).join(" \n ");
  return (await claimsForText(user, text, limit + 1)).filter((m) => m.claimId !== claimId).slice(0, limit);
}
