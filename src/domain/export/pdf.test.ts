import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../../tests/support/pdf-text.ts";
import { DEFAULT_VERDICTS } from "../claims/verdicts.ts";
import type { ExportData } from "./export-data.ts";
import { layout, type Typesetter } from "./pdf/flow.ts";
import { renderPdfReport, type PdfFonts } from "./pdf-report.ts";

const font = (name: string) => new Uint8Array(readFileSync(new URL(`../../../assets/fonts/${name}`, import.meta.url)));
const FONTS: PdfFonts = { regular: font("NotoSans-Regular.ttf"), bold: font("NotoSans-Bold.ttf"), italic: font("NotoSans-Italic.ttf"), symbols: font("Symbola.ttf") };

// A measuring stand-in for the layout tests: every character is 1 point wide, digits are missing
// from the "regular" face so they fall back.
const mono: Typesetter = { faceFor: (cp) => (cp >= 48 && cp <= 57 ? "symbols" : "regular"), measure: (t) => [...t].length };
const plain = { font: "regular" as const, size: 10, color: "#000" };

describe("PDF line layout", () => {
  it("breaks at spaces, keeps words whole, honours hard breaks", () => {
    const lines = layout([{ text: "satu dua tiga empat\nlima", style: plain }], 10, mono);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join(""))).toEqual(["satu dua", "tiga empat", "lima"]);
  });
  it("breaks a word longer than the line between characters", () => {
    const lines = layout([{ text: "abcdefghijkl xy", style: plain }], 5, mono);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join(""))).toEqual(["abcde", "fghij", "kl xy"]);
  });
  it("keeps a word split across styles together and uses the fallback face per character", () => {
    const lines = layout([{ text: "aa bb", style: plain }, { text: "b7c dd", style: { ...plain, background: "#ff0" } }], 7, mono);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join(""))).toEqual(["aa", "bbb7c", "dd"]);
    const second = lines[1]!.pieces;
    expect(second.map((p) => [p.text, p.face, p.x])).toEqual([["bb", "regular", 0], ["b", "regular", 2], ["7", "symbols", 3], ["c", "regular", 4]]);
    expect(second[1]!.style.background).toBe("#ff0");
  });
  it("drops invisible direction marks and turns control characters into spaces", () => {
    const lines = layout([{ text: "a\u202Eb\u0007c", style: plain }], 20, mono);
    expect(lines[0]!.pieces.map((p) => p.text).join("")).toBe("ab c");
  });
});

const EVIL = "<script>alert(1)</script> **x** =1+1 \u202Eabc";
const TEXT = "JAKARTA - AS memperingatkan Korea Utara akan menanggung konsekuensi 🚀.\nBACA JUGA: lainnya.\n" + EVIL;

function data(): ExportData {
  const quote = "AS memperingatkan Korea Utara akan menanggung konsekuensi";
  const start = TEXT.indexOf(quote);
  const base = { prefix: "", suffix: "", textHash: "x", translationOrigin: "typed", translationReviewed: false, createdBy: "Rina", createdAt: "2026-11-20T00:00:00.000Z", updatedAt: "2026-11-20T00:00:00.000Z" };
  return {
    generatedAt: "2026-11-23T00:00:00.000Z",
    generatedBy: "Ayu",
    organisation: { name: "Cek Fakta Uji", url: "https://x.example" },
    baseUrl: "https://s.example",
    labels: [...DEFAULT_VERDICTS],
    documents: [
      { id: "d1", title: "AS peringatkan Korut", outlet: "Tempo", publishedAt: "2023-09-06", sourceUrl: "https://tempo.example/a", language: "id", textHash: "x", text: TEXT },
      { id: "d2", title: "Kedua", outlet: "detik", publishedAt: "2023-09-07", sourceUrl: null, language: "id", textHash: "x", text: "Korea Utara akan menanggung konsekuensi." },
    ],
    claims: [
      {
        id: "c1", summary: "US warns North Korea", verdict: "TRUE", claimant: "Jake Sullivan", claimDate: null, rationale: `Rationale ${EVIL}`, reviewState: "APPROVED", verdictSetBy: "Rina", approvedBy: "Budi", approvedAt: "2026-11-22T00:00:00.000Z", createdAt: "2026-11-20T00:00:00.000Z", updatedAt: "2026-11-22T00:00:00.000Z",
        evidence: [{ url: "https://reuters.example/a", title: "Reuters report", quote: "pay a price ✓", stance: "supports", accessedAt: "2023-09-07" }, { url: "javascript:alert(2)", title: "bad link", quote: "", stance: "context", accessedAt: null }],
        corrections: [{ at: "2026-11-21T00:00:00.000Z", by: "Budi", reason: "New statement found", before: "FALSE", after: "TRUE" }],
        appearances: [
          { ...base, annotationId: "a1", documentId: "d1", start, end: start + quote.length, quote, translation: `The US warns North Korea 🇮🇩 ${EVIL}` },
          { ...base, annotationId: "a3", documentId: "d2", start: 0, end: 39, quote: "Korea Utara akan menanggung konsekuensi", translation: "North Korea will bear the consequences" },
        ],
      },
    ],
  };
}

describe("PDF report", () => {
  it("holds the title page, text, bilingual table, methodology and corrections, readable by a PDF reader", async () => {
    const bytes = await renderPdfReport(data(), "all documents", FONTS);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const { pages, text, title } = await readPdf(bytes);
    const flat = text.replace(/\s+/g, " ");
    expect(pages).toBe(4); // title page, two documents, methodology and corrections
    expect(title).toBe("Saring report — all documents");
    for (const expected of [
      "Fact-check report", "Cek Fakta Uji", "Scope: all documents", "2 documents · 1 claims · exported 2026-11-23 by Ayu",
      "True · Benar", "AS peringatkan Korut", "Tempo · 2023-09-06", "JAKARTA - AS memperingatkan",
      "Indonesian quote", "English translation", "The US warns North Korea", "Jake Sullivan", "Approved by Budi on",
      "Also appears in: detik (2023-09-07)", "Reuters report", "pay a price ✓", "Methodology", "Corrections log", "New statement found", "False → True", "page 3",
    ])
      expect(flat).toContain(expected);
  });

  it("keeps hostile text literal and intact: markup, formulas, emoji; direction overrides dropped", async () => {
    const { text } = await readPdf(await renderPdfReport(data(), "all documents", FONTS));
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("<script>alert(1)</script> **x** =1+1 abc");
    expect(flat).toContain("🚀");
    expect(flat).toContain("🇮🇩");
    expect(text).not.toContain("\u202E");
  });

  it("links only http(s) sources and reports progress per document", async () => {
    const seen: number[] = [];
    const bytes = await renderPdfReport(data(), "x", FONTS, { progress: (done) => seen.push(done), pause: () => Promise.resolve() });
    const { links, text } = await readPdf(bytes);
    // The source link is in both documents' tables.
    expect(links.sort()).toEqual(["https://reuters.example/a", "https://reuters.example/a", "https://tempo.example/a"]);
    expect(text).toContain("javascript:alert(2)");
    expect(seen).toEqual([1, 2]);
  });
});
