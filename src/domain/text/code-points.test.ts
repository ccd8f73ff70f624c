import { describe, expect, it } from "vitest";
import { codePointLength, createOffsetMap, sliceByCodePoints } from "./code-points.ts";

const FLAG = "🇮🇩"; // two regional indicators: 2 code points, 4 UTF-16 units
const FAMILY = "👨‍👩‍👧"; // ZWJ sequence: 5 code points, 8 UTF-16 units
const COMBINING = "e\u0301"; // e + combining acute: 2 code points, 2 units

/** Reference conversion by brute force. */
function refToCodePoint(text: string, utf16: number) {
  return [...text.slice(0, utf16)].length;
}

describe("code points", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength(FLAG)).toBe(2);
    expect(codePointLength(FAMILY)).toBe(5);
    expect(codePointLength(COMBINING)).toBe(2);
    expect(codePointLength("a\u00a0b\tc“d”")).toBe(8);
    expect(codePointLength("\ud800x")).toBe(2); // a lone surrogate is one code point
  });

  it("converts both ways over emoji, flags, ZWJ sequences, combining marks, NBSP, tabs and quotes", () => {
    const text = `Kata ${FLAG} “Sullivan”\t${FAMILY} caf${COMBINING}\u00a0😀!`;
    const map = createOffsetMap(text);
    expect(map.length).toBe([...text].length);
    let cp = 0;
    for (let u = 0; u <= text.length; u++) {
      const code = text.charCodeAt(u - 1);
      const insidePair = u > 0 && u < text.length && code >= 0xd800 && code <= 0xdbff;
      if (!insidePair) {
        expect(map.toCodePoint(u)).toBe(refToCodePoint(text, u));
        expect(map.toUtf16(map.toCodePoint(u))).toBe(u);
      }
    }
    for (cp = 0; cp <= map.length; cp++) expect(map.toCodePoint(map.toUtf16(cp))).toBe(cp);
  });

  it("rounds an offset inside a surrogate pair down to the start of its character", () => {
    const text = "a😀b";
    const map = createOffsetMap(text);
    expect(map.toCodePoint(1)).toBe(1);
    expect(map.toCodePoint(2)).toBe(1); // between the halves of 😀
    expect(map.toCodePoint(3)).toBe(2);
    expect(map.toUtf16(2)).toBe(3);
  });

  it("refuses offsets outside the text", () => {
    const map = createOffsetMap("a😀");
    expect(() => map.toCodePoint(4)).toThrow(RangeError);
    expect(() => map.toCodePoint(-1)).toThrow(RangeError);
    expect(() => map.toUtf16(3)).toThrow(RangeError);
    expect(() => map.toUtf16(0.5)).toThrow(RangeError);
  });

  it("slices by code points", () => {
    const text = `${FLAG} Jakarta ${FAMILY} Seoul`;
    const chars = [...text];
    expect(sliceByCodePoints(text, 3, 10)).toBe("Jakarta");
    expect(sliceByCodePoints(text, 11, 16)).toBe(FAMILY);
    expect(sliceByCodePoints(text, 17, chars.length)).toBe("Seoul");
  });

  it("works on CRLF-origin text after normalisation the same as on LF text", () => {
    const lf = "satu\ndua 😀\ntiga";
    const map = createOffsetMap(lf);
    expect(map.toUtf16(map.length)).toBe(lf.length);
    expect(sliceByCodePoints(lf, 11, 15)).toBe("tiga");
  });
});
