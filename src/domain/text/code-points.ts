// Offsets in Unicode code points (what the API and W3C TextPositionSelector count) versus
// UTF-16 code units (what JavaScript strings and browser Ranges count).
//
// A UTF-16 offset that falls between the two halves of a surrogate pair is not a character
// boundary; toCodePoint() rounds it down to the start of that character.

export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

export interface OffsetMap {
  /** Code points in the text. */
  readonly length: number;
  /** UTF-16 offset (0..text.length) → code-point offset. */
  toCodePoint(utf16: number): number;
  /** Code-point offset (0..length) → UTF-16 offset. */
  toUtf16(codePoint: number): number;
}

function isHighSurrogate(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Builds both directions once in O(n); lookups are O(log k) in the number k of astral
 * characters (O(1) for text without any).
 */
export function createOffsetMap(text: string): OffsetMap {
  // UTF-16 offsets of the first unit of every astral (surrogate-pair) character, ascending.
  const astral: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      astral.push(i);
      i++;
    }
  }
  const length = text.length - astral.length;

  /** How many astral characters start before UTF-16 offset `u`. */
  const astralBefore = (u: number) => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    length,
    toCodePoint(utf16) {
      if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > text.length) throw new RangeError(`UTF-16 offset ${utf16} is outside 0..${text.length}`);
      // Every astral character before the offset took two units for one code point. An offset
      // just after a high surrogate counts that pair too, which lands on the pair's start.
      return utf16 - astralBefore(utf16);
    },
    toUtf16(codePoint) {
      if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > length) throw new RangeError(`Code-point offset ${codePoint} is outside 0..${length}`);
      // Find the number k of astral characters before the target: the smallest k with
      // astral[k] - k >= codePoint (astral[k] - k is the code-point offset of that character).
      let lo = 0;
      let hi = astral.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (astral[mid]! - mid < codePoint) lo = mid + 1;
        else hi = mid;
      }
      return codePoint + lo;
    },
  };
}

/** The substring between two code-point offsets. */
export function sliceByCodePoints(text: string, start: number, end: number): string {
  const map = createOffsetMap(text);
  return text.slice(map.toUtf16(start), map.toUtf16(end));
}
