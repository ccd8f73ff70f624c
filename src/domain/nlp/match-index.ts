// Finding the same claim in other words: passages weighted by TF-IDF over their matching terms
// (stems of content words, aliases made canonical, plus word pairs for phrasing), compared by
// cosine similarity through an inverted index, so a query touches only passages that share a
// term with it. Pure; built once per corpus and updated document by document.
import { DEFAULT_EQUIVALENCES, matchTerms, type Equivalence } from "./equivalences.ts";
import type { Passage } from "./passages.ts";
import { STOPWORDS } from "./stopwords.ts";

/** The score from which a passage is suggested: measured on the labelled seed set (see README). */
export const SUGGESTION_THRESHOLD = 0.25;

export interface IndexedPassage extends Passage {
  docId: string;
  weights: Map<string, number>;
  norm: number;
}

export interface Hit {
  docId: string;
  start: number;
  end: number;
  text: string;
  score: number;
}

/** Term frequencies of a text: unigrams, and bigrams of neighbouring terms (weighted less). */
export function termCounts(text: string, equivalences: readonly Equivalence[] = DEFAULT_EQUIVALENCES): Map<string, number> {
  const terms = matchTerms(text, STOPWORDS, equivalences).map((t) => t.term);
  const counts = new Map<string, number>();
  const add = (k: string, w: number) => counts.set(k, (counts.get(k) ?? 0) + w);
  terms.forEach((t, i) => {
    add(t, 1);
    if (i > 0) add(`${terms[i - 1]} ${t}`, 0.5);
  });
  return counts;
}

export class MatchIndex {
  private readonly docs = new Map<string, Array<{ passage: Passage; counts: Map<string, number> }>>();
  private postings = new Map<string, IndexedPassage[]>();
  private df = new Map<string, number>();
  private total = 0;
  private dirty = true;

  constructor(private readonly equivalences: readonly Equivalence[] = DEFAULT_EQUIVALENCES) {}

  has(docId: string): boolean {
    return this.docs.has(docId);
  }

  setDocument(docId: string, passages: Passage[]): void {
    this.docs.set(docId, passages.map((passage) => ({ passage, counts: termCounts(passage.text, this.equivalences) })));
    this.dirty = true;
  }

  removeDocument(docId: string): void {
    if (this.docs.delete(docId)) this.dirty = true;
  }

  documentIds(): string[] {
    return [...this.docs.keys()];
  }

  private idf(term: string): number {
    return Math.log(1 + this.total / (1 + (this.df.get(term) ?? 0)));
  }

  /** Rebuilds document frequencies and weighted postings after documents changed. */
  private refresh(): void {
    if (!this.dirty) return;
    this.df = new Map();
    this.total = 0;
    for (const list of this.docs.values()) {
      for (const { counts } of list) {
        this.total++;
        for (const term of counts.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
      }
    }
    this.postings = new Map();
    for (const [docId, list] of this.docs) {
      for (const { passage, counts } of list) {
        const weights = this.weigh(counts);
        const indexed: IndexedPassage = { ...passage, docId, weights, norm: Math.hypot(...weights.values()) };
        for (const term of weights.keys()) {
          let p = this.postings.get(term);
          if (!p) this.postings.set(term, (p = []));
          p.push(indexed);
        }
      }
    }
    this.dirty = false;
  }

  private weigh(counts: Map<string, number>): Map<string, number> {
    const weights = new Map<string, number>();
    for (const [term, n] of counts) weights.set(term, (1 + Math.log(n)) * this.idf(term));
    return weights;
  }

  /**
   * Passages most similar to `text`, best first: cosine similarity of TF-IDF weights, at least
   * `minScore`, excluding `excludeDocs`, at most `perDocument` from one document.
   */
  search(text: string, opts: { minScore?: number; limit?: number; excludeDocs?: ReadonlySet<string>; perDocument?: number } = {}): Hit[] {
    this.refresh();
    const { minScore = SUGGESTION_THRESHOLD, limit = 10, excludeDocs = new Set<string>(), perDocument = 2 } = opts;
    const query = this.weigh(termCounts(text, this.equivalences));
    const qNorm = Math.hypot(...query.values());
    if (qNorm === 0) return [];
    const dot = new Map<IndexedPassage, number>();
    for (const [term, w] of query) {
      for (const p of this.postings.get(term) ?? []) {
        if (excludeDocs.has(p.docId)) continue;
        dot.set(p, (dot.get(p) ?? 0) + w * (p.weights.get(term) ?? 0));
      }
    }
    const scored = [...dot].map(([p, d]) => ({ p, score: d / (qNorm * p.norm) })).filter((s) => s.score >= minScore);
    scored.sort((a, b) => b.score - a.score || a.p.docId.localeCompare(b.p.docId) || a.p.start - b.p.start);
    const perDoc = new Map<string, number>();
    const out: Hit[] = [];
    for (const { p, score } of scored) {
      const n = perDoc.get(p.docId) ?? 0;
      if (n >= perDocument) continue;
      perDoc.set(p.docId, n + 1);
      out.push({ docId: p.docId, start: p.start, end: p.end, text: p.text, score: Math.round(score * 1000) / 1000 });
      if (out.length >= limit) break;
    }
    return out;
  }
}
