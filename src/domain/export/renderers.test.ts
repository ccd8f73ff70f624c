import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DEFAULT_VERDICTS } from "../claims/verdicts.ts";
import { CSV_COLUMNS, renderCsv, safeCell } from "./csv.ts";
import { renderClaimReview } from "./claimreview.ts";
import type { ExportData } from "./export-data.ts";
import { renderW3c } from "./w3c.ts";

const HOSTILE = '=HYPERLINK("http://evil")<script>alert(1)</script> **bold** 🇮🇩 \u202Eabc "quoted"\nline';

function data(): ExportData {
  const appearance = (id: string, documentId: string, quote: string, translation: string) => ({
    annotationId: id,
    documentId,
    start: 10,
    end: 10 + [...quote].length,
    quote,
    prefix: "JAKARTA - ",
    suffix: " setiap pasokan",
    textHash: "ab".repeat(32),
    translation,
    translationOrigin: "typed",
    translationReviewed: false,
    createdBy: "Rina Reviewer",
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-21T10:00:00.000Z",
  });
  return {
    generatedAt: "2026-11-23T00:00:00.000Z",
    generatedBy: "Ayu Admin",
    organisation: { name: "Cek Fakta Uji", url: "https://cekfakta.example" },
    baseUrl: "https://saring.example",
    labels: [...DEFAULT_VERDICTS],
    documents: [
      { id: "d1", title: "Tempo: AS memperingatkan Korut", outlet: "Tempo", publishedAt: "2023-09-06", sourceUrl: "https://tempo.example/a", language: "id", textHash: "ab".repeat(32), text: "JAKARTA - akan menanggung konsekuensi setiap pasokan. +62 juta orang." },
      { id: "d2", title: "detik: Korut akan membayar harga", outlet: "detik", publishedAt: "2023-09-08", sourceUrl: null, language: "id", textHash: "cd".repeat(32), text: "Sullivan: Korut akan membayar harga." },
    ],
    claims: [
      {
        id: "c1",
        summary: "The US warned North Korea it would pay a price for arming Russia",
        verdict: "TRUE",
        claimant: "Jake Sullivan",
        claimDate: "2023-09-05",
        rationale: HOSTILE,
        evidence: [{ url: "https://www.reuters.com/x", title: "Reuters", quote: "will pay a price", stance: "supports", accessedAt: "2023-09-07" }],
        reviewState: "APPROVED",
        verdictSetBy: "Rina Reviewer",
        approvedBy: "Budi Editor",
        approvedAt: "2026-11-22T09:00:00.000Z",
        createdAt: "2026-11-20T10:00:00.000Z",
        updatedAt: "2026-11-22T09:00:00.000Z",
        corrections: [],
        appearances: [appearance("a1", "d1", "akan menanggung konsekuensi", HOSTILE), appearance("a2", "d2", "akan membayar harga", "will pay a price")],
      },
      {
        id: "c2",
        summary: "",
        verdict: "UNVERIFIED",
        claimant: "",
        claimDate: null,
        rationale: "",
        evidence: [],
        reviewState: "DRAFT",
        verdictSetBy: null,
        approvedBy: null,
        approvedAt: null,
        createdAt: "2026-11-20T10:00:00.000Z",
        updatedAt: "2026-11-20T10:00:00.000Z",
        corrections: [],
        appearances: [appearance("a3", "d1", "+62 juta", "-5 percent")],
      },
    ],
  };
}

describe("CSV export", () => {
  it("one row per appearance, BOM, documented columns, read back intact by a CSV parser", () => {
    const csv = renderCsv(data());
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1), { columns: true, relax_quotes: false }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.annotation_id)).toEqual(["a1", "a2", "a3"]);
    expect(rows[0]).toMatchObject({ claim_id: "c1", verdict_en: "True", verdict_id: "Benar", rating: "5", outlet: "Tempo", quote_id: "akan menanggung konsekuensi" });
    // Hostile text comes back intact, except the apostrophe that disarms a formula.
    expect(rows[0]!.translation_en).toBe(`'${HOSTILE}`);
    expect(rows[0]!.rationale_en).toBe(`'${HOSTILE}`);
    expect(rows[2]!.quote_id).toBe("'+62 juta");
    expect(rows[2]!.translation_en).toBe("'-5 percent");
    expect(rows.map((r) => [r.translation_origin, r.translation_reviewed])).toEqual([["typed", "false"], ["typed", "false"], ["typed", "false"]]);
  });

  it("says where each translation came from and whether a second person reviewed it", () => {
    const d = data();
    d.claims[0]!.appearances[0] = { ...d.claims[0]!.appearances[0]!, translationOrigin: "machine", translationReviewed: true };
    d.claims[1]!.appearances[0] = { ...d.claims[1]!.appearances[0]!, translation: "" };
    const rows = parse(renderCsv(d).slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows.find((r) => r.annotation_id === "a1")).toMatchObject({ translation_origin: "machine", translation_reviewed: "true" });
    // No translation: nothing to say about it.
    expect(rows.find((r) => r.annotation_id === d.claims[1]!.appearances[0]!.annotationId)).toMatchObject({ translation_origin: "", translation_reviewed: "" });
  });

  it("neutralises every formula prefix", () => {
    for (const p of ["=", "+", "-", "@", "\t", "\r"]) expect(safeCell(`${p}1+1`)).toBe(`"'${p}1+1"`);
    expect(safeCell("a \"b\"")).toBe('"a ""b"""');
    expect(safeCell(null)).toBe('""');
  });
});

describe("W3C Web Annotation export", () => {
  it("a collection with both selectors, the translation as describing, the verdict as assessing, evidence as linking", () => {
    const w3c = renderW3c(data()) as { "@context": string; type: string; total: number; first: { items: Array<Record<string, any>> } };
    expect(w3c).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 3 });
    const a = w3c.first.items[0]!;
    expect(a).toMatchObject({ type: "Annotation", motivation: "assessing", created: "2026-11-20T10:00:00.000Z", creator: { name: "Rina Reviewer" } });
    expect(a.target.selector).toEqual([
      { type: "TextQuoteSelector", exact: "akan menanggung konsekuensi", prefix: "JAKARTA - ", suffix: " setiap pasokan" },
      { type: "TextPositionSelector", start: 10, end: 37 },
    ]);
    expect(a.body).toEqual([
      { type: "TextualBody", value: HOSTILE, language: "en", format: "text/plain", purpose: "describing" },
      expect.objectContaining({ type: "TextualBody", value: "True (Benar)", purpose: "assessing" }),
      { type: "SpecificResource", source: "https://www.reuters.com/x", purpose: "linking", name: "Reuters" },
    ]);
    // JSON round trip keeps hostile text as data.
    expect(JSON.parse(JSON.stringify(w3c)).first.items[0].body[0].value).toBe(HOSTILE);
  });
});

describe("ClaimReview export", () => {
  it("publishes approved, rated claims only, with rating, claimant and every appearance, oldest first", () => {
    const reviews = renderClaimReview(data()) as Array<Record<string, any>>;
    expect(reviews).toHaveLength(1);
    const r = reviews[0]!;
    expect(r).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://saring.example/claims/c1",
      claimReviewed: "The US warned North Korea it would pay a price for arming Russia",
      datePublished: "2026-11-22",
      author: { "@type": "Organization", name: "Cek Fakta Uji", url: "https://cekfakta.example" },
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "True", ratingExplanation: HOSTILE },
      itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Jake Sullivan" }, datePublished: "2023-09-05" },
    });
    expect(r.itemReviewed.appearance.map((a: { url: string }) => a.url)).toEqual(["https://tempo.example/a", "https://saring.example/documents/d2"]);
    expect(r.itemReviewed.firstAppearance.url).toBe("https://tempo.example/a");
  });
});
