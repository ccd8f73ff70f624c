// The sentences of a document's content, as passages to match claims against (page debris is
// never a passage). Positions are UTF-16 offsets of the text.
import { firstSentenceEnd } from "../text/sentences.ts";
import { isDebrisLine } from "../text/debris.ts";

export interface Passage {
  start: number;
  end: number;
  text: string;
}

export function sentencePassages(text: string): Passage[] {
  const out: Passage[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() && !isDebrisLine(line)) {
      let at = 0;
      while (at < line.length) {
        const end = firstSentenceEnd(line, at);
        let s = at;
        let e = end;
        while (s < e && /\s/.test(line[s]!)) s++;
        while (e > s && /\s/.test(line[e - 1]!)) e--;
        if (e - s >= 12) out.push({ start: lineStart + s, end: lineStart + e, text: line.slice(s, e) });
        at = end;
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return out;
}
