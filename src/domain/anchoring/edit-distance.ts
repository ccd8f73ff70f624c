// Edit distances for re-anchoring. Pure, allocation-light (two rows), on UTF-16 units.

/** Levenshtein distance between a and b. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let curr = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/** 1 for equal strings, 0 for nothing in common; empty strings count as equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/**
 * Where `pattern` best matches a substring of text[from, to) (Sellers' algorithm: the match
 * may start anywhere). Returns the match with the fewest edits, nearest `from` on ties.
 */
export function bestSubstringMatch(pattern: string, text: string, from: number, to: number): { start: number; end: number; distance: number } {
  const m = pattern.length;
  const end = bestEnd(pattern, text, from, to);
  // The start: the same search on the reversed pattern, leftwards from the end found.
  const reversedPattern = [...pattern].reverse().join("");
  const windowStart = Math.max(from, end.end - m * 2 - 8);
  const reversedText = [...text.slice(windowStart, end.end)].reverse().join("");
  const back = bestEnd(reversedPattern, reversedText, 0, reversedText.length);
  return { start: end.end - back.end, end: end.end, distance: end.distance };
}

function bestEnd(pattern: string, text: string, from: number, to: number): { end: number; distance: number } {
  const m = pattern.length;
  // col[i]: edits to match pattern[0, i) ending at the current text position.
  let col = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let best = { end: from, distance: m };
  for (let j = from; j < to; j++) {
    next[0] = 0; // a match may start anywhere
    const c = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      next[i] = Math.min(col[i]! + 1, next[i - 1]! + 1, col[i - 1]! + cost);
    }
    [col, next] = [next, col];
    if (col[m]! < best.distance) best = { end: j + 1, distance: col[m]! };
  }
  return best;
}
