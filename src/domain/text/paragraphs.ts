// The text as paragraphs: its non-empty lines, each flagged when it is page debris.
// Offsets are code points; utf16Start/utf16End are the same positions in the JS string.
import { createOffsetMap } from "./code-points.ts";
import { isDebrisLine } from "./debris.ts";

export interface Paragraph {
  start: number;
  end: number;
  utf16Start: number;
  utf16End: number;
  nonContent: boolean;
}

export function splitParagraphs(text: string): Paragraph[] {
  const map = createOffsetMap(text);
  const out: Paragraph[] = [];
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== "") {
      out.push({
        start: map.toCodePoint(lineStart),
        end: map.toCodePoint(lineEnd),
        utf16Start: lineStart,
        utf16End: lineEnd,
        nonContent: isDebrisLine(line),
      });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return out;
}
