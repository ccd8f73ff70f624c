import { describe, expect, it } from "vitest";
import { codePointLength } from "../text/code-points.ts";
import { bestSubstringMatch, levenshtein, similarity } from "./edit-distance.ts";
import { changedRegion, reanchor, type Anchor } from "./reanchor.ts";
import { quoteSelector } from "./span.ts";

const TEXT = [
  "JAKARTA - Amerika Serikat memperingatkan Korea Utara akan menanggung konsekuensi setiap pasokan senjata Rusia.",
  "“Kami terus menekan basis industri pertahanan Rusia,” kata Sullivan 🇺🇸.",
  "Kremlin mengatakan mereka tidak mengatakan apa pun tentang pernyataan itu.",
  "Pemimpin Kim kemungkinan ingin menekankan rasa dukungan Rusia, kata Sullivan.",
].join("\n");

/** An anchor on the first occurrence of `quote` in TEXT (code points). */
function anchorOn(id: string, quote: string, text = TEXT, nth = 0): Anchor {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  const start = codePointLength(text.slice(0, at));
  const end = start + codePointLength(quote);
  return { id, start, end, ...quoteSelector(text, start, end) };
}

const sliceCp = (text: string, start: number, end: number) => [...text].slice(start, end).join("");

describe("edit distance", () => {
  it("counts edits", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
    expect(similarity("abc", "abc")).toBe(1);
    expect(similarity("", "")).toBe(1);
    expect(similarity("abcd", "wxyz")).toBe(0);
  });
  it("finds the best approximate substring", () => {
    const text = "xx Korea Utra akan menangung yy";
    const m = bestSubstringMatch("Korea Utara akan menanggung", text, 0, text.length);
    expect(text.slice(m.start, m.end)).toBe("Korea Utra akan menangung");
    expect(m.distance).toBe(2);
  });
});

describe("changedRegion", () => {
  it("finds the one region that differs", () => {
    expect(changedRegion("abcXYZdef", "abcQdef")).toEqual({ from: 3, oldTo: 6, newTo: 4 });
    expect(changedRegion("same", "same")).toEqual({ from: 4, oldTo: 4, newTo: 4 });
  });
});

describe("reanchor", () => {
  const anchors = [
    anchorOn("warn", "Amerika Serikat memperingatkan Korea Utara"),
    anchorOn("press", "Kami terus menekan basis industri pertahanan Rusia"),
    anchorOn("kremlin", "mereka tidak mengatakan apa pun"),
    anchorOn("kim", "Pemimpin Kim kemungkinan ingin menekankan rasa dukungan Rusia"),
  ];

  it("keeps every span when the text is unchanged", () => {
    for (const r of reanchor(TEXT, TEXT, anchors)) expect(r).toMatchObject({ status: "anchored", score: 1, method: "unchanged" });
  });

  it("moves spans after an edit by the edit's length, before it not at all", () => {
    const edited = TEXT.replace("Kremlin mengatakan", "Juru bicara Kremlin mengatakan");
    const results = reanchor(TEXT, edited, anchors);
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId.warn).toMatchObject({ status: "anchored", method: "unchanged", start: anchors[0]!.start });
    expect(byId.kim).toMatchObject({ status: "anchored", method: "moved", start: anchors[3]!.start + "Juru bicara ".length });
    expect(byId.kremlin?.status).toBe("anchored");
    for (const r of results) {
      const a = anchors.find((x) => x.id === r.id)!;
      expect(sliceCp(edited, r.start, r.end)).toBe(a.quote);
    }
  });

  it("follows a typo fixed inside a quote, with the corrected words", () => {
    const typo = TEXT.replace("Amerika Serikat memperingatkan", "Amerika Serikat memperingtakan");
    const a = anchorOn("warn", "Amerika Serikat memperingtakan Korea Utara", typo);
    const [r] = reanchor(typo, TEXT, [a]);
    expect(r).toMatchObject({ status: "anchored", method: "fuzzy" });
    expect(sliceCp(TEXT, r!.start, r!.end)).toBe("Amerika Serikat memperingatkan Korea Utara");
    expect(r!.score).toBeGreaterThan(0.85);
  });

  it("orphans a span whose sentence was deleted, and never moves it elsewhere", () => {
    const without = TEXT.replace("Kremlin mengatakan mereka tidak mengatakan apa pun tentang pernyataan itu.\n", "");
    const results = reanchor(TEXT, without, anchors);
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId.kremlin).toMatchObject({ status: "orphaned", method: "none" });
    expect(byId.kremlin!.score).toBeLessThan(0.7);
    expect(byId.kim).toMatchObject({ status: "anchored", method: "moved" });
    expect(byId.press).toMatchObject({ status: "anchored" });
  });

  it("orphans a short quote whose only other occurrence is in another sentence", () => {
    const a = anchorOn("who", "kata Sullivan", TEXT, 0); // in the second line, followed by a flag
    const rewritten = TEXT.replace("” kata Sullivan 🇺🇸.", "” ujar penasihat itu 🇺🇸.");
    const [r] = reanchor(TEXT, rewritten, [a]);
    expect(r?.status).toBe("orphaned");
  });

  it("finds a paragraph that moved elsewhere in the text", () => {
    const lines = TEXT.split("\n");
    const moved = [lines[3], lines[0], lines[1], lines[2]].join("\n");
    const [r] = reanchor(TEXT, moved, [anchors[2]!]);
    expect(r).toMatchObject({ status: "anchored", method: "exact" });
    expect(sliceCp(moved, r!.start, r!.end)).toBe(anchors[2]!.quote);
  });

  it("counts offsets in code points around emoji", () => {
    const a = anchorOn("flag", "kata Sullivan 🇺🇸");
    const edited = `🇮🇩 ${TEXT}`;
    const [r] = reanchor(TEXT, edited, [a]);
    expect(r).toMatchObject({ status: "anchored", start: a.start + 3, end: a.end + 3 });
    expect(sliceCp(edited, r!.start, r!.end)).toBe("kata Sullivan 🇺🇸");
  });
});
