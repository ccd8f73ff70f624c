import { describe, expect, it } from "vitest";
import { DEFAULT_VERDICTS } from "../claims/verdicts.ts";
import type { ExportData } from "./export-data.ts";
import { renderHtmlReport } from "./html-report.ts";
import { renderMarkdownReport } from "./markdown-report.ts";
import { segments } from "./segments.ts";

const EVIL = '<script>alert(1)</script> **x** [a](javascript:alert(1)) 🇮🇩 \u202Eabc';
const TEXT = "JAKARTA - AS memperingatkan Korut 🇰🇵 akan menanggung konsekuensi.\nBACA JUGA:\n" + EVIL;

function cp(text: string, quote: string) {
  const at = text.indexOf(quote);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
}

function data(): ExportData {
  const base = { prefix: "", suffix: "", textHash: "x", translationOrigin: "typed", translationReviewed: false, createdBy: "Rina <b>", createdAt: "2026-11-20T00:00:00.000Z", updatedAt: "2026-11-20T00:00:00.000Z" };
  return {
    generatedAt: "2026-11-23T00:00:00.000Z",
    generatedBy: "Ayu",
    organisation: { name: "Cek <Fakta>", url: "https://x.example" },
    baseUrl: "https://s.example",
    labels: [...DEFAULT_VERDICTS],
    documents: [{ id: "d1", title: `Judul ${EVIL}`, outlet: "Tempo", publishedAt: "2023-09-06", sourceUrl: "javascript:alert(1)", language: "id", textHash: "x", text: TEXT }],
    claims: [
      {
        id: "c1", summary: "", verdict: "TRUE", claimant: "Sullivan", claimDate: null, rationale: EVIL, reviewState: "APPROVED", verdictSetBy: "R", approvedBy: "B", approvedAt: "2026-11-22T00:00:00.000Z", createdAt: "2026-11-20T00:00:00.000Z", updatedAt: "2026-11-22T00:00:00.000Z",
        evidence: [{ url: "javascript:alert(2)", title: "bad link", quote: EVIL, stance: "refutes", accessedAt: null }, { url: "https://reuters.example/a", title: "Reuters", quote: "", stance: "supports", accessedAt: "2023-09-07" }],
        corrections: [{ at: "2026-11-21T00:00:00.000Z", by: "Budi", reason: EVIL, before: "FALSE", after: "TRUE" }],
        appearances: [{ ...base, annotationId: "a1", documentId: "d1", ...cp(TEXT, "AS memperingatkan Korut 🇰🇵 akan menanggung konsekuensi"), quote: "AS memperingatkan Korut 🇰🇵 akan menanggung konsekuensi", translation: EVIL }],
      },
      {
        id: "c2", summary: "", verdict: "MISLEADING", claimant: "", claimDate: null, rationale: "", reviewState: "DRAFT", verdictSetBy: null, approvedBy: null, approvedAt: null, createdAt: "2026-11-20T00:00:00.000Z", updatedAt: "2026-11-20T00:00:00.000Z",
        evidence: [], corrections: [],
        appearances: [{ ...base, annotationId: "a2", documentId: "d1", ...cp(TEXT, "Korut 🇰🇵 akan"), quote: "Korut 🇰🇵 akan", translation: "North Korea will", translationOrigin: "machine" }],
      },
    ],
  };
}

describe("pieces of a text under overlapping spans", () => {
  it("cuts at every boundary, innermost span first, in code points", () => {
    // A flag is two code points (two regional indicators).
    const pieces = segments("a🇰🇵bcd", [{ id: "outer", start: 0, end: 5 }, { id: "inner", start: 1, end: 3 }]);
    expect(pieces).toEqual([
      { text: "a", ids: ["outer"], ending: [] },
      { text: "🇰🇵", ids: ["inner", "outer"], ending: ["inner"] },
      { text: "bc", ids: ["outer"], ending: ["outer"] },
      { text: "d", ids: [], ending: [] },
    ]);
  });
});

describe("HTML report", () => {
  const out = renderHtmlReport(data(), "One document");
  it("is one self-contained file: inline CSS, no scripts, no external requests", () => {
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<link|src=["']http/i);
    expect(out).toContain("default-src 'none'");
  });
  it("escapes everything user-written and links only http(s)", () => {
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).not.toContain('href="javascript');
    expect(out).toContain('<a href="https://reuters.example/a">Reuters</a>');
    expect(out).toContain("Cek &lt;Fakta&gt;");
    expect(out).toContain("\u202Eabc"); // kept as text
  });
  it("highlights the claims in the text with verdict colours, footnote numbers, the overlap marked", () => {
    expect(out).toContain('<mark style="background:#86efacb3">AS memperingatkan </mark>');
    expect(out).toContain('<mark style="background:#fdba74b3" class="overlap">Korut 🇰🇵 akan</mark><sup class="fn">[2]</sup>');
    expect(out).toContain('menanggung konsekuensi</mark><sup class="fn">[1]</sup>');
    expect(out).toContain("True · <span lang=\"id\">Benar</span>");
    expect(out).toContain("Corrections log");
    expect(out).toMatch(/False → True/);
  });
  it("marks the machine translation nobody reviewed, and only that one", () => {
    expect(out.match(/Machine translation, not reviewed/g)).toHaveLength(1);
    expect(out).toMatch(/North Korea will<div class="mt-note">Machine translation, not reviewed<\/div>/);
  });
});

describe("Markdown report", () => {
  const out = renderMarkdownReport(data(), "One document");
  it("escapes Markdown and HTML in user text, keeps links to http(s) only", () => {
    expect(out).toContain("\\<script\\>alert\\(1\\)\\</script\\>");
    expect(out).not.toMatch(/\]\(javascript/);
    expect(out).toContain("[Reuters](<https://reuters.example/a>)");
    expect(out).not.toMatch(/(^|[^\\])<script/);
  });
  it("marks claims in the text with footnote numbers and lists them in a table", () => {
    expect(out).toContain("\\[2\\]");
    expect(out).toContain("| 1 | AS memperingatkan Korut 🇰🇵 akan menanggung konsekuensi |");
    expect(out).toContain("True · Benar");
    expect(out).toContain("## Corrections log");
  });
  it("marks the machine translation nobody reviewed", () => {
    expect(out).toContain("| North Korea will *(Machine translation, not reviewed)* |");
    expect(out.match(/not reviewed/g)).toHaveLength(1);
  });
});
