// Painting annotations with the CSS Custom Highlight API: Range objects registered by name,
// styled by ::highlight() rules. The DOM text is never split, so it stays selectable and fast
// (one pass over the spans; see docs/performance-anchors). Overlaps get a highlight of their
// own so nested and overlapping spans both stay visible.
import { rangeFor, type TextBlock } from "./text-dom";

export interface PaintSpan {
  id: string;
  start: number;
  end: number;
  verdict: string;
}

export const highlightName = (verdict: string) => `saring-v-${verdict.replace(/[^A-Za-z0-9_-]/g, "_")}`;
const OVERLAP = "saring-overlap";
const ACTIVE = "saring-active";
const CARET = "saring-caret";
const CANDIDATE = "saring-candidate";

/** The CSS for the highlight names, from the verdict colours. */
export function highlightCss(verdicts: ReadonlyArray<{ key: string; color: string }>): string {
  const rules = verdicts.map((v) => `::highlight(${highlightName(v.key)}) { background-color: ${v.color}b3; color: inherit; }`);
  rules.push(`::highlight(${OVERLAP}) { text-decoration: underline 3px; text-decoration-color: #5b21b6; text-underline-offset: 3px; }`);
  rules.push(`::highlight(${ACTIVE}) { background-color: #1d4ed866; text-decoration: underline 3px; text-decoration-color: #1d4ed8; text-underline-offset: 3px; }`);
  rules.push(`::highlight(${CARET}) { background-color: #0b4650; color: #fff; }`);
  rules.push(`::highlight(${CANDIDATE}) { text-decoration: underline dotted 2px; text-decoration-color: #94a3b8; text-underline-offset: 4px; }`);
  return rules.join("\n");
}

export function supportsHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";
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

let registered = new Set<string>();

export function paintHighlights(blocks: TextBlock[], spans: readonly PaintSpan[], activeId: string | null): void {
  if (!supportsHighlights()) return;
  const groups = new Map<string, Highlight>();
  const add = (name: string, range: Range | null, priority = 0) => {
    if (!range) return;
    let h = groups.get(name);
    if (!h) {
      h = new Highlight();
      h.priority = priority;
      groups.set(name, h);
    }
    h.add(range);
  };
  for (const s of spans) add(highlightName(s.verdict), rangeFor(blocks, s.start, s.end));
  for (const [start, end] of overlapIntervals(spans)) add(OVERLAP, rangeFor(blocks, start, end), 1);
  const active = activeId ? spans.find((s) => s.id === activeId) : undefined;
  if (active) add(ACTIVE, rangeFor(blocks, active.start, active.end), 2);
  for (const name of registered) if (!groups.has(name)) CSS.highlights.delete(name);
  for (const [name, h] of groups) CSS.highlights.set(name, h);
  registered = new Set(groups.keys());
}

/** Marks the character after the keyboard caret (null: no caret to show). */
export function paintCaret(blocks: TextBlock[], at: number | null): void {
  if (!supportsHighlights()) return;
  const block = at === null ? undefined : blocks.find((b) => b.start <= at && at < b.start + b.node.data.length);
  if (!block || at === null) {
    CSS.highlights.delete(CARET);
    return;
  }
  const offset = at - block.start;
  const wide = /[\uD800-\uDBFF]/.test(block.node.data[offset] ?? "") ? 2 : 1;
  const range = new Range();
  range.setStart(block.node, offset);
  range.setEnd(block.node, Math.min(block.node.data.length, offset + wide));
  CSS.highlights.set(CARET, new Highlight(range));
}

/** Faintly marks sentences likely to hold a claim (those no annotation covers yet). */
export function paintCandidates(blocks: TextBlock[], spans: ReadonlyArray<{ start: number; end: number }>): void {
  if (!supportsHighlights()) return;
  const h = new Highlight();
  h.priority = -1;
  for (const s of spans) {
    const range = rangeFor(blocks, s.start, s.end);
    if (range) h.add(range);
  }
  CSS.highlights.set(CANDIDATE, h);
}
