// Where the first sentence of a passage ends, for titles. Survives abbreviations (AS., Dr.,
// Jl., No., Rp.), initials, decimals ("7.5") and closing quotes after the full stop.

const ABBREVIATIONS = new Set([
  "dr", "drs", "dra", "prof", "ir", "h", "hj", "jl", "jln", "no", "rp", "tn", "ny", "sdr", "st", "sh", "se", "mt", "kh",
  "dsb", "dll", "dkk", "tsb", "yth", "bpk", "kec", "kab", "kel", "mr", "mrs", "ms", "jr", "sr", "vs", "etc", "e.g", "i.e",
  "gen", "kol", "let", "mayjen", "brigjen", "jend", "pt", "tbk", "u.s", "a.s",
]);

/** Abbreviations that close a list ("dan sebagainya") and so often end a sentence. */
const LIST_ENDINGS = new Set(["dsb", "dll", "dst", "dkk", "etc"]);

const CLOSER = /[.!?"”’')\]]/;
const SPACE = /\s/;
const WORD_CHAR = /^[\p{L}.]$/u;

/** The code point of `s` that ends just before `at` (a surrogate pair counts as one). */
function codePointBefore(s: string, at: number, from: number): string {
  const low = s.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at - 2 >= from) {
    const high = s.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(at - 2, at);
  }
  return s[at - 1]!;
}

/** The letters and dots just before `at` (not before `from`): the word a full stop ends. */
function wordBefore(s: string, from: number, at: number): string {
  let k = at;
  while (k > from) {
    const c = codePointBefore(s, k, from);
    if (!WORD_CHAR.test(c)) break;
    k -= c.length;
  }
  return s.slice(k, at);
}

/** The first code point at or after `at` that is not white space (before `to`), or "". */
function nextVisible(s: string, at: number, to: number): string {
  let k = at;
  while (k < to && SPACE.test(s[k]!)) k++;
  if (k >= to) return "";
  const c = String.fromCodePoint(s.codePointAt(k)!);
  return k + c.length <= to ? c : s[k]!;
}

/**
 * The index just after the first sentence-ending mark in `s` between `from` and `to` (by
 * default the whole string), or `to`. Indices are absolute; each character is looked at a
 * bounded number of times, so a long line costs linear time.
 */
export function firstSentenceEnd(s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    const c = s[i]!;
    if (c !== "." && c !== "!" && c !== "?") continue;
    let end = i + 1;
    while (end < to && CLOSER.test(s[end]!)) end++;
    if (end < to && !SPACE.test(s[end]!)) continue; // 7.5, example.com, "AS.Com"
    if (c === ".") {
      const word = wordBefore(s, from, i);
      const bare = word.toLowerCase().replace(/\.$/, "");
      const after = nextVisible(s, end, to);
      // "dsb." and the like also end sentences: they do when a capital follows.
      if (ABBREVIATIONS.has(bare) && !(LIST_ENDINGS.has(bare) && /^\p{Lu}/u.test(after))) continue;
      if (/^\p{Lu}$/u.test(word)) continue; // an initial: "Jake S. Sullivan"
      // The next word starts in lower case: not a sentence end (e.g. "pukul 7. lalu").
      if (/^\p{Ll}/u.test(after)) continue;
    }
    return end;
  }
  return to;
}

/** The sentence around a UTF-16 position, within its line, without surrounding spaces. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
  const nl = text.indexOf("\n", at);
  const lineEnd = nl === -1 ? text.length : nl;
  let start = lineStart;
  while (start < lineEnd) {
    const end = firstSentenceEnd(text, start, lineEnd);
    if (at < end || end >= lineEnd) {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      return { start: s, end: e };
    }
    start = end;
  }
  return { start: lineStart, end: lineEnd };
}
