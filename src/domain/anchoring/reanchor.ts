// Re-anchoring annotations after a document's text was corrected. Pure.
//
// 1. Where the text around a span did not change, the span moves with the edit (positions are
//    mapped through the changed region) and its quote is checked to still be there.
// 2. Otherwise the quote is looked for: exact occurrences first (ranked by how well the
//    context matches and how near they are), then the closest approximate match near where it
//    was; the result is scored from the quote's, prefix's and suffix's similarity.
// 3. Below the threshold the annotation is orphaned: never moved to a sentence it was not on.
import { createOffsetMap, type OffsetMap } from "../text/code-points.ts";
import { bestSubstringMatch, similarity } from "./edit-distance.ts";

export interface Anchor {
  id: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export type AnchorMethod = "unchanged" | "moved" | "exact" | "fuzzy" | "none";

export interface AnchorResult {
  id: string;
  status: "anchored" | "orphaned";
  /** Code points in the new text; for an orphan, where it was. */
  start: number;
  end: number;
  score: number;
  method: AnchorMethod;
}

/** Quote similarity below which a match is not the same words. */
export const QUOTE_THRESHOLD = 0.75;
/** Overall score (quote and context) below which an annotation is orphaned. */
export const SCORE_THRESHOLD = 0.7;

interface Edit {
  /** First changed UTF-16 unit (same in both texts). */
  from: number;
  /** End of the changed region in the old and the new text. */
  oldTo: number;
  newTo: number;
}

/** The one changed region between two texts: everything outside it is common. */
export function changedRegion(oldText: string, newText: string): Edit {
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  return { from: p, oldTo: oldText.length - s, newTo: newText.length - s };
}

function contextScore(newText: string, start: number, end: number, a: Anchor): number {
  const before = newText.slice(Math.max(0, start - a.prefix.length), start);
  const after = newText.slice(end, end + a.suffix.length);
  return (similarity(before, a.prefix) + similarity(after, a.suffix)) / 2;
}

function allOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1 && found.length < 200; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** Finds `a` (UTF-16 positions `oldStart..oldEnd` in the old text) in the new text. */
function search(newText: string, a: Anchor, expected: number): { start: number; end: number; score: number; method: AnchorMethod } | null {
  const exact = allOccurrences(newText, a.quote);
  if (exact.length > 0) {
    let best: { start: number; end: number; score: number; rank: number } | null = null;
    for (const at of exact) {
      const ctx = contextScore(newText, at, at + a.quote.length, a);
      const nearness = 1 / (1 + Math.abs(at - expected) / 1000);
      const rank = ctx * 0.8 + nearness * 0.2;
      // The same words elsewhere count only with the context they had: a short, common quote
      // in another sentence must not pass.
      if (!best || rank > best.rank) best = { start: at, end: at + a.quote.length, score: 0.4 + 0.6 * ctx, rank };
    }
    return best && { start: best.start, end: best.end, score: best.score, method: "exact" };
  }
  // Approximate: the closest substring around where the quote was expected.
  const radius = a.quote.length * 2 + a.prefix.length + a.suffix.length + 64;
  const from = Math.max(0, expected - radius);
  const to = Math.min(newText.length, expected + a.quote.length + radius);
  if (to <= from) return null;
  const match = bestSubstringMatch(a.quote, newText, from, to);
  if (match.end <= match.start) return null;
  const quoteSim = similarity(newText.slice(match.start, match.end), a.quote);
  if (quoteSim < QUOTE_THRESHOLD) return { ...match, score: quoteSim * 0.6, method: "fuzzy" };
  const score = quoteSim * 0.6 + contextScore(newText, match.start, match.end, a) * 0.4;
  return { start: match.start, end: match.end, score, method: "fuzzy" };
}

export function reanchor(oldText: string, newText: string, anchors: readonly Anchor[]): AnchorResult[] {
  const oldMap: OffsetMap = createOffsetMap(oldText);
  const newMap: OffsetMap = createOffsetMap(newText);
  const edit = changedRegion(oldText, newText);
  const shift = edit.newTo - edit.oldTo;
  return anchors.map((a) => {
    const oldStart = oldMap.toUtf16(Math.min(a.start, oldMap.length));
    const oldEnd = oldMap.toUtf16(Math.min(a.end, oldMap.length));
    let start = -1;
    let end = -1;
    let method: AnchorMethod = "none";
    if (oldEnd <= edit.from) {
      [start, end, method] = [oldStart, oldEnd, "unchanged"];
    } else if (oldStart >= edit.oldTo) {
      [start, end, method] = [oldStart + shift, oldEnd + shift, shift === 0 ? "unchanged" : "moved"];
    }
    if (method !== "none" && newText.slice(start, end) === a.quote) {
      return { id: a.id, status: "anchored", start: newMap.toCodePoint(start), end: newMap.toCodePoint(end), score: 1, method };
    }
    const expected = oldStart >= edit.oldTo ? oldStart + shift : Math.min(oldStart, newText.length);
    const found = search(newText, a, expected);
    if (found && found.score >= SCORE_THRESHOLD) {
      return { id: a.id, status: "anchored", start: newMap.toCodePoint(found.start), end: newMap.toCodePoint(found.end), score: round(found.score), method: found.method };
    }
    return { id: a.id, status: "orphaned", start: a.start, end: a.end, score: round(found?.score ?? 0), method: "none" };
  });
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
