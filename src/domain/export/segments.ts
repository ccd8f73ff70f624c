// A text cut at every span boundary: each piece with the spans that cover it, so overlapping
// and nested claims can be marked in a report. Offsets are code points. Pure.
export interface Piece {
  text: string;
  /** Spans covering this piece, innermost (shortest) first. */
  ids: string[];
  /** Spans that end right after this piece (their footnote marks go here). */
  ending: string[];
}

export function segments(text: string, spans: ReadonlyArray<{ id: string; start: number; end: number }>): Piece[] {
  const chars = [...text];
  const cuts = new Set<number>([0, chars.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(chars.length, s.start)));
    cuts.add(Math.max(0, Math.min(chars.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = spans.filter((s) => s.start <= from && to <= s.end).sort((a, b) => a.end - a.start - (b.end - b.start));
    pieces.push({ text: chars.slice(from, to).join(""), ids: covering.map((s) => s.id), ending: spans.filter((s) => s.end === to && s.start < to).map((s) => s.id) });
  }
  return pieces;
}
