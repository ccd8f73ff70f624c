// Translation memory: how close an earlier translated Indonesian span is to the one being
// translated, as a fuzzy-match percentage in the way translation tools count it — whole words
// added, removed or changed, against the longer of the two. Pure.
//
//   1.00  the same text (Unicode NFC, spaces collapsed)
//   0.99  the same words, differing only in case, punctuation or quote marks
//   ≤0.98 1 − word edit distance / words in the longer text

export interface MemoryCandidate {
  annotationId: string;
  documentId: string;
  source: string;
  translation: string;
  origin: string;
  reviewed: boolean;
  /** ISO time of the last change, newest wins among equal offers. */
  updatedAt: string;
}

export interface MemoryOffer extends MemoryCandidate {
  score: number;
}

function collapse(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** The words of a text: letters and digits, lower case, in order. */
export function memoryWords(text: string): string[] {
  return collapse(text).toLocaleLowerCase("id").match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

function wordEditDistance(a: string[], b: string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Words in common / words in both (Dice): a cheap upper bound used to skip unrelated texts. */
function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

export interface PreparedQuery {
  text: string;
  words: string[];
}

export function prepareQuery(text: string): PreparedQuery {
  return { text: collapse(text), words: memoryWords(text) };
}

/** The match score of an earlier source text against the query, 0…1. */
export function memoryScore(query: PreparedQuery, source: string, sourceWords = memoryWords(source)): number {
  if (collapse(source) === query.text) return 1;
  const a = query.words;
  const b = sourceWords;
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 0.99;
  const longer = Math.max(a.length, b.length);
  // Far apart in length or in vocabulary: the edit distance cannot give a useful score.
  if (Math.min(a.length, b.length) / longer < 0.4 || overlap(a, b) < 0.4) return 0;
  return Math.min(0.98, Math.max(0, 1 - wordEditDistance(a, b) / longer));
}

export interface RankOptions {
  /** Offers below this score are left out (default 0.5). */
  minScore?: number;
  limit?: number;
  /** An annotation not to offer (the one being edited). */
  exclude?: string;
}

/**
 * The best offers for a text, best first: one per distinct (source, translation) pair — the same
 * quote translated the same way in five outlets is one offer — preferring reviewed translations
 * and then the newest among equal scores.
 */
export function rankMemory(text: string, candidates: Iterable<MemoryCandidate>, options: RankOptions = {}): MemoryOffer[] {
  const query = prepareQuery(text);
  const minScore = options.minScore ?? 0.5;
  const best = new Map<string, MemoryOffer>();
  for (const c of candidates) {
    if (c.annotationId === options.exclude || !c.translation.trim()) continue;
    const score = Math.round(memoryScore(query, c.source) * 1000) / 1000;
    if (score < minScore) continue;
    const key = `${memoryWords(c.source).join(" ")}\u0000${collapse(c.translation)}`;
    const offer = { ...c, score };
    const held = best.get(key);
    if (!held || better(offer, held)) best.set(key, offer);
  }
  return [...best.values()].sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0)).slice(0, options.limit ?? 5);
}

function better(x: MemoryOffer, y: MemoryOffer): boolean {
  if (x.score !== y.score) return x.score > y.score;
  if (x.reviewed !== y.reviewed) return x.reviewed;
  return x.updatedAt > y.updatedAt;
}
