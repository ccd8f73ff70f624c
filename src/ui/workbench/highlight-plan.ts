// What to paint, as numbers: each highlight layer (a verdict's colour, overlaps, the open claim,
// claim candidates) with its ranges as text-block positions. Computed in the browser for every
// repaint, and on the server for the first paint (see early-paint.ts). No DOM here.
import type { OffsetMap } from "@/domain/text/code-points";
import { blockPoint, type BlockSpan } from "./block-points";

export interface PaintSpan {
  id: string;
  /** UTF-16 offsets in the document. */
  start: number;
  end: number;
  verdict: string;
}

export interface HighlightLayer {
  /** The name registered with CSS.highlights (styled by ::highlight(name)). */
  name: string;
  priority: number;
  /** Ranges as [startBlock, startOffset, endBlock, endOffset] repeated. */
  ranges: number[];
}

export const VERDICT_LAYER_PREFIX = "saring-v-";
export const OVERLAP = "saring-overlap";
export const ACTIVE = "saring-active";
export const CANDIDATE = "saring-candidate";
export const CARET = "saring-caret";

export const highlightName = (verdict: string) => `${VERDICT_LAYER_PREFIX}${verdict.replace(/[^A-Za-z0-9_-]/g, "_")}`;

/** The article the highlights are painted on (the workbench's). */
export const ARTICLE_SELECTOR = "article.doc-text";

/**
 * The CSS for the highlight names, from the verdict colours, on the article element only: its
 * text inherits them (highlight inheritance). Rules that match every element (a bare
 * `::highlight(name)`) made the browser compute each highlight's style for each of a long
 * article's elements — about three quarters of the style work before a 2,000-claim article's
 * first paint.
 */
export function highlightCss(verdicts: ReadonlyArray<{ key: string; color: string }>): string {
  const rule = (name: string, style: string) => `${ARTICLE_SELECTOR}::highlight(${name}) { ${style} }`;
  const rules = verdicts.map((v) => rule(highlightName(v.key), `background-color: ${v.color}b3; color: inherit;`));
  rules.push(rule(OVERLAP, "text-decoration: underline 3px; text-decoration-color: #5b21b6; text-underline-offset: 3px;"));
  rules.push(rule(ACTIVE, "background-color: #1d4ed866; text-decoration: underline 3px; text-decoration-color: #1d4ed8; text-underline-offset: 3px;"));
  rules.push(rule(CARET, "background-color: #0b4650; color: #fff;"));
  rules.push(rule(CANDIDATE, "text-decoration: underline dotted 2px; text-decoration-color: #94a3b8; text-underline-offset: 4px;"));
  return rules.join("\n");
}

/** Where two or more spans cover the text: [start, end) intervals. */
export function overlapIntervals(spans: ReadonlyArray<{ start: number; end: number }>): Array<[number, number]> {
  const events: Array<[number, number]> = [];
  for (const s of spans) events.push([s.start, 1], [s.end, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  let depth = 0;
  let openedAt = 0;
  for (const [at, delta] of events) {
    const before = depth;
    depth += delta;
    if (before < 2 && depth >= 2) openedAt = at;
    else if (before >= 2 && depth < 2 && at > openedAt) out.push([openedAt, at]);
  }
  return out;
}

/** A code-point span as UTF-16 offsets of the text (clamped to its end). */
export function utf16Span(map: OffsetMap, s: { start: number; end: number }): { start: number; end: number } {
  return { start: map.toUtf16(Math.min(s.start, map.length)), end: map.toUtf16(Math.min(s.end, map.length)) };
}

/** What is painted of annotations (code points): the anchored ones, in UTF-16. */
export function paintSpans(annotations: ReadonlyArray<{ id: string; start: number; end: number; verdict: string; anchorStatus: string }>, map: OffsetMap): PaintSpan[] {
  return annotations.filter((a) => a.anchorStatus !== "orphaned").map((a) => ({ id: a.id, verdict: a.verdict, ...utf16Span(map, a) }));
}

/** Claim candidates (code points) that no painted span touches, in UTF-16. */
export function openCandidates(candidates: ReadonlyArray<{ start: number; end: number }>, spans: readonly PaintSpan[], map: OffsetMap): Array<{ start: number; end: number }> {
  return uncoveredCandidates(candidates.map((c) => utf16Span(map, c)), spans);
}

/** The candidates no span touches yet (both sorted by start or not; O(n log n)). */
export function uncoveredCandidates<C extends { start: number; end: number }>(candidates: readonly C[], spans: ReadonlyArray<{ start: number; end: number }>): C[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end among spans starting before each index: a span overlaps [s, e) when it
  // starts before e and ends after s.
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) reach.push((furthest = Math.max(furthest, s.end)));
  return candidates.filter((c) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < c.end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last === -1 || reach[last]! <= c.start;
  });
}

/** Every layer to paint; the overlap, active and candidate layers are always there (maybe empty). */
export function highlightPlan(blocks: ReadonlyArray<BlockSpan>, spans: readonly PaintSpan[], candidates: ReadonlyArray<{ start: number; end: number }>, activeId: string | null): HighlightLayer[] {
  const layers = new Map<string, HighlightLayer>();
  const layer = (name: string, priority: number) => {
    let l = layers.get(name);
    if (!l) layers.set(name, (l = { name, priority, ranges: [] }));
    return l;
  };
  const add = (l: HighlightLayer, start: number, end: number) => {
    const a = blockPoint(blocks, start, "start");
    const b = blockPoint(blocks, end, "end");
    if (a && b) l.ranges.push(a.block, a.offset, b.block, b.offset);
  };
  const overlap = layer(OVERLAP, 1);
  const active = layer(ACTIVE, 2);
  const candidate = layer(CANDIDATE, -1);
  for (const s of spans) add(layer(highlightName(s.verdict), 0), s.start, s.end);
  for (const [start, end] of overlapIntervals(spans)) add(overlap, start, end);
  const open = activeId === null ? undefined : spans.find((s) => s.id === activeId);
  if (open) add(active, open.start, open.end);
  for (const c of candidates) add(candidate, c.start, c.end);
  return [...layers.values()];
}
