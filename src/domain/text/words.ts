// Word boundaries for spans people select: a selection that cuts into a word takes the whole
// word, as annotators expect ("memperingatkan Kore" becomes "memperingatkan Korea").
// Pure; offsets in UTF-16 units, never splitting a character (surrogate pairs, combining marks,
// emoji ZWJ sequences and flags stay whole).

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u200D'’-]/u;

function charBefore(text: string, at: number): string {
  if (at <= 0) return "";
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

function charAt(text: string, at: number): string {
  if (at >= text.length) return "";
  const high = text.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff ? text.slice(at, at + 2) : text.slice(at, at + 1);
}

const isWord = (c: string) => c !== "" && WORD_CHAR.test(c);

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The grapheme boundary at or before (`side` "start") or at or after ("end") `at`. */
function graphemeEdge(text: string, at: number, side: "start" | "end"): number {
  if (at <= 0 || at >= text.length) return at;
  const from = Math.max(0, at - 64);
  for (const g of graphemes.segment(text.slice(from, Math.min(text.length, at + 64)))) {
    const gs = from + g.index;
    const ge = gs + g.segment.length;
    if (gs < at && at < ge) return side === "start" ? gs : ge;
  }
  return at;
}

/** Widens [start, end) to whole words at both ends; trims surrounding whitespace first. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = graphemeEdge(text, start, "start");
  let e = graphemeEdge(text, end, "end");
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (s === e) return { start: s, end: e };
  // Cut inside a word at the start: go back to its beginning.
  if (isWord(charAt(text, s))) while (isWord(charBefore(text, s))) s -= charBefore(text, s).length;
  // Cut inside a word at the end: go on to its end.
  if (isWord(charBefore(text, e))) while (isWord(charAt(text, e))) e += charAt(text, e).length;
  // A hyphen or apostrophe hanging at an edge is not part of the claim.
  while (e > s && /['’-]/u.test(text[e - 1]!)) e--;
  while (s < e && /['’-]/u.test(text[s]!)) s++;
  return { start: s, end: e };
}
