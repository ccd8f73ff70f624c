import { describe, expect, it } from "vitest";
import { inconsistentTerms, matchGlossary, type GlossaryTerm } from "./glossary-match.ts";
import { SEED_TERMS } from "./seed-terms.ts";

const TERMS: GlossaryTerm[] = SEED_TERMS.map((t, i) => ({ id: `t${i}`, source: t.source, target: t.target }));
const found = (text: string) => matchGlossary(text, TERMS).map((m) => [m.source, m.matched]);

describe("glossary terms in a text", () => {
  it("finds multi-word terms, and the longest where terms overlap", () => {
    expect(found("Dewan Keamanan PBB bersidang; Dewan Keamanan Nasional AS menolak.")).toEqual([
      ["Dewan Keamanan PBB", "Dewan Keamanan PBB"],
      ["Dewan Keamanan Nasional", "Dewan Keamanan Nasional"],
      ["AS", "AS"],
    ]);
    expect(found("kata Penasihat Keamanan Nasional AS Jake Sullivan di Gedung Putih")).toEqual([
      ["Penasihat Keamanan Nasional", "Penasihat Keamanan Nasional"],
      ["AS", "AS"],
      ["Gedung Putih", "Gedung Putih"],
    ]);
  });

  it("finds affixed and inflected forms, and says they are not the exact form", () => {
    const matches = matchGlossary("Kepemimpinan Korut dan para pemimpinnya", TERMS);
    expect(matches.map((m) => [m.source, m.matched, m.exact])).toEqual([
      ["pemimpin", "Kepemimpinan", false],
      ["Korut", "Korut", true],
      ["pemimpin", "pemimpinnya", false],
    ]);
  });

  it("is case-insensitive and gives code-point offsets (emoji before count once)", () => {
    const text = "🇰🇵🚀 korea utara menembakkan rudal";
    const [m] = matchGlossary(text, TERMS);
    expect(m).toMatchObject({ source: "Korea Utara", start: 4, end: 15, exact: true });
    expect([...text].slice(m!.start, m!.end).join("")).toBe("korea utara");
  });

  it("does not match inside other words or across a missing word", () => {
    expect(found("Rusian Korea-nya Utara")).toEqual([]);
    expect(found("Korea sangat Utara")).toEqual([]);
  });
});

describe("a translation that renders a glossary term differently", () => {
  it("is flagged per term, once, whatever the case and punctuation", () => {
    const matches = matchGlossary("Sullivan di Gedung Putih mengatakan Korut akan membayar harga.", TERMS);
    expect(inconsistentTerms("Sullivan said at the white house that North Korea will pay a price.", matches)).toEqual([]);
    expect(inconsistentTerms("Sullivan said at the White Palace that Pyongyang will pay a price.", matches).map((m) => m.source)).toEqual(["Gedung Putih", "Korut"]);
  });
});
