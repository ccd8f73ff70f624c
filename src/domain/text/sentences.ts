// Where the first sentence of a passage ends, for titles. Survives abbreviations (AS., Dr.,
// Jl., No., Rp.), initials, decimals ("7.5") and closing quotes after the full stop.

const ABBREVIATIONS = new Set([
  "dr", "drs", "dra", "prof", "ir", "h", "hj", "jl", "jln", "no", "rp", "tn", "ny", "sdr", "st", "sh", "se", "mt", "kh",
  "dsb", "dll", "dkk", "tsb", "yth", "bpk", "kec", "kab", "kel", "mr", "mrs", "ms", "jr", "sr", "vs", "etc", "e.g", "i.e",
  "gen", "kol", "let", "mayjen", "brigjen", "jend", "pt", "tbk", "u.s", "a.s",
]);

/** Abbreviations that close a list ("dan sebagainya") and so often end a sentence. */
const LIST_ENDINGS = new Set(["dsb", "dll", "dst", "dkk", "etc"]);

/** The index just after the first sentence-ending mark, or the length of `s`. */
export function firstSentenceEnd(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "." && c !== "!" && c !== "?") continue;
    let end = i + 1;
    while (end < s.length && /[.!?"”’')\]]/.test(s[end]!)) end++;
    const next = s[end];
    if (next !== undefined && !/\s/.test(next)) continue; // 7.5, example.com, "AS.Com"
    if (c === ".") {
      const word = /([\p{L}.]+)$/u.exec(s.slice(0, i))?.[1] ?? "";
      const bare = word.toLowerCase().replace(/\.$/, "");
      // "dsb." and the like also end sentences: they do when a capital follows.
      if (ABBREVIATIONS.has(bare) && !(LIST_ENDINGS.has(bare) && /^\p{Lu}/u.test(s.slice(end).trimStart()))) continue;
      if (/^\p{Lu}$/u.test(word)) continue; // an initial: "Jake S. Sullivan"
      // The next word starts in lower case: not a sentence end (e.g. "pukul 7. lalu").
      const after = s.slice(end).trimStart();
      if (after && /^\p{Ll}/u.test(after)) continue;
    }
    return end;
  }
  return s.length;
}

/** The sentence around a UTF-16 position, within its line, without surrounding spaces. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
  const nl = text.indexOf("\n", at);
  const lineEnd = nl === -1 ? text.length : nl;
  let start = lineStart;
  while (start < lineEnd) {
    const end = start + firstSentenceEnd(text.slice(start, lineEnd));
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
