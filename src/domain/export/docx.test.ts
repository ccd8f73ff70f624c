import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_VERDICTS } from "../claims/verdicts.ts";
import { renderDocxReport, xml } from "./docx-report.ts";
import type { ExportData } from "./export-data.ts";
import { crc32, zip } from "./zip.ts";

const EVIL = '<w:p>&amp; <script>alert(1)</script> =1+1 🇮🇩 \u202Eabc \u0007bell';
const TEXT = `JAKARTA - Korut akan membayar harga.\n${EVIL}`;

function data(): ExportData {
  const quote = "Korut akan membayar harga";
  const start = [...TEXT.slice(0, TEXT.indexOf(quote))].length;
  return {
    generatedAt: "2026-11-23T00:00:00.000Z",
    generatedBy: "Ayu",
    organisation: { name: "Cek & Ricek", url: "https://x.example" },
    baseUrl: "https://s.example",
    labels: [...DEFAULT_VERDICTS],
    documents: [{ id: "d1", title: `Judul ${EVIL}`, outlet: "detik", publishedAt: "2023-09-08", sourceUrl: null, language: "id", textHash: "x", text: TEXT }],
    claims: [
      {
        id: "c1", summary: "", verdict: "FALSE", claimant: "Sullivan", claimDate: null, rationale: EVIL, reviewState: "APPROVED", verdictSetBy: "R", approvedBy: "B", approvedAt: null, createdAt: "2026-11-20T00:00:00.000Z", updatedAt: "2026-11-20T00:00:00.000Z",
        evidence: [{ url: "https://reuters.example/a", title: "Reuters", quote: "pay a price", stance: "supports", accessedAt: null }],
        corrections: [{ at: "2026-11-21T00:00:00.000Z", by: "Budi", reason: "new facts", before: "TRUE", after: "FALSE" }],
        appearances: [{ annotationId: "a1", documentId: "d1", start, end: start + [...quote].length, quote, prefix: "", suffix: "", textHash: "x", translation: `North Korea will pay a price ${EVIL}`, translationOrigin: "machine", translationReviewed: false, createdBy: "Rina", createdAt: "2026-11-20T00:00:00.000Z", updatedAt: "2026-11-20T00:00:00.000Z" }],
      },
    ],
  };
}

describe("zip writer", () => {
  it("writes an archive a real unzip reads back byte for byte", () => {
    const entries = [{ name: "a.txt", data: new TextEncoder().encode("halo") }, { name: "dir/ü.xml", data: new Uint8Array([0, 1, 2, 255]) }];
    const files = unzipSync(zip(entries));
    expect(strFromU8(files["a.txt"]!)).toBe("halo");
    expect([...files["dir/ü.xml"]!]).toEqual([0, 1, 2, 255]);
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});

describe("DOCX report", () => {
  const files = unzipSync(renderDocxReport(data(), "One document"));
  const documentXml = strFromU8(files["word/document.xml"]!);

  it("is a package of well-formed XML parts Word and LibreOffice expect", () => {
    expect(Object.keys(files).sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml"]);
    for (const [name, bytes] of Object.entries(files)) expect(XMLValidator.validate(strFromU8(bytes)), name).toBe(true);
  });

  it("has real headings and tables", () => {
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(documentXml.match(/<w:pStyle w:val="Heading1"\/>/g)!.length).toBe(3); // the document, methodology, corrections
    expect(documentXml.match(/<w:tbl>/g)!.length).toBe(2); // claims, corrections
    expect(strFromU8(files["word/styles.xml"]!)).toContain('w:styleId="Heading1"');
  });

  it("keeps hostile text as text: escaped in XML, intact when read back, control characters dropped", () => {
    const parsed = new XMLParser({ ignoreAttributes: false, preserveOrder: false, trimValues: false });
    const words = JSON.stringify(parsed.parse(documentXml));
    expect(words).toContain("<w:p>&amp; <script>alert(1)</script> =1+1 🇮🇩 \u202Eabc bell");
    expect(documentXml).not.toContain("<script>");
    expect(documentXml).toContain('<w:shd w:val="clear" w:color="auto" w:fill="fca5a5"/>');
    expect(documentXml).toContain(">[1]</w:t>");
    expect(xml("a\u0000b\uD800c")).toBe("abc");
  });

  it("marks a machine translation nobody reviewed", () => {
    expect(documentXml).toContain("[Machine translation, not reviewed]");
  });
});
