// The readable report as DOCX (Office Open XML): real headings (Title, Heading 1/2 styles) and
// real tables, the same content as the HTML report: title page, each document's text with its
// claims shaded in verdict colours and numbered, the bilingual claims table, methodology and
// corrections log. Text is XML-escaped and stripped of characters XML cannot hold. Pure.
import { verdictLabel } from "../claims/verdicts.ts";
import type { ExportData } from "./export-data.ts";
import { METHODOLOGY } from "./html-report.ts";
import { segments } from "./segments.ts";
import { zip } from "./zip.ts";
import { isUnreviewedMachineTranslation, UNREVIEWED_MACHINE_NOTE } from "../translation/translation-origin.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Text for XML: escaped, without the control characters XML 1.0 forbids. */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

interface RunStyle {
  bold?: boolean;
  shade?: string;
  superscript?: boolean;
  lang?: string;
  /** Half-points (16 = 8 pt). */
  size?: number;
}

function run(text: string, style: RunStyle = {}): string {
  const props = [
    style.bold ? "<w:b/>" : "",
    style.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${style.shade.replace("#", "")}"/>` : "",
    style.superscript ? '<w:vertAlign w:val="superscript"/>' : "",
    style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : "",
    style.lang ? `<w:lang w:val="${style.lang}"/>` : "",
  ].join("");
  // Line breaks inside a run become <w:br/>.
  const parts = text.split("\n").map((p) => `<w:t xml:space="preserve">${xml(p)}</w:t>`);
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}${parts.join("<w:br/>")}</w:r>`;
}

function paragraph(content: string, style?: string): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${content}</w:p>`;
}

const text = (s: string, style?: string, runStyle?: RunStyle) => paragraph(run(s, runStyle), style);

/** A table with a repeated header row; `widths` (twips, summing to the text width) fix the columns. */
function table(header: string[], rows: string[][], widths?: number[]): string {
  const width = (i: number) => (widths ? `<w:tcW w:w="${widths[i]}" w:type="dxa"/>` : '<w:tcW w:w="0" w:type="auto"/>');
  const cell = (content: string, i: number, head = false) => `<w:tc><w:tcPr>${width(i)}</w:tcPr>${paragraph(run(content, { bold: head, size: 16 }))}</w:tc>`;
  const tr = (cells: string[], head = false) => `<w:tr>${head ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${cells.map((c, i) => cell(c, i, head)).join("")}</w:tr>`;
  const layout = widths ? `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` : "</w:tblPr>";
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>${layout}${tr(header, true)}${rows.map((r) => tr(r)).join("")}</w:tbl>${paragraph("")}`;
}

function body(data: ExportData, scope: string): string {
  const out: string[] = [];
  out.push(text("Fact-check report", "Title"), text(data.organisation.name, undefined, { bold: true }), text(`Scope: ${scope}`));
  out.push(text(`${data.documents.length} documents · ${data.claims.length} claims · exported ${data.generatedAt.slice(0, 10)} by ${data.generatedBy}`));
  out.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
  let n = 0;
  for (const doc of data.documents) {
    const here = data.claims.flatMap((c) => c.appearances.filter((a) => a.documentId === doc.id).map((a) => ({ c, a }))).sort((x, y) => x.a.start - y.a.start);
    const numbers = new Map(here.map((x) => [x.a.annotationId, ++n]));
    const byId = new Map(here.map((x) => [x.a.annotationId, x]));
    out.push(text(doc.title, "Heading1", { lang: "id-ID" }), text(`${doc.outlet ?? "Unknown outlet"} · ${doc.publishedAt ?? "undated"}${doc.sourceUrl ? ` · ${doc.sourceUrl}` : ""}`));
    // The text, paragraph by paragraph, claims shaded and numbered.
    const pieces = segments(doc.text, here.map((x) => ({ id: x.a.annotationId, start: x.a.start, end: x.a.end })));
    let current = "";
    const flush = () => {
      if (current) out.push(paragraph(current));
      current = "";
    };
    for (const p of pieces) {
      const shade = p.ids.length ? verdictLabel(byId.get(p.ids[0]!)!.c.verdict, data.labels).color : undefined;
      const lines = p.text.split("\n");
      lines.forEach((line, i) => {
        if (i > 0) flush();
        if (line) current += run(line, { shade, lang: "id-ID" });
      });
      for (const id of p.ending) current += run(`[${numbers.get(id)}]`, { superscript: true, bold: true });
    }
    flush();
    if (here.length) {
      out.push(text("Claims", "Heading2"));
      out.push(
        table(
          ["#", "Indonesian quote", "English translation", "Verdict", "Claimant", "Rationale", "Evidence", "Reviewer / approver", "Also in"],
          here.map(({ c, a }) => {
            const label = verdictLabel(c.verdict, data.labels);
            const also = [...new Set(c.appearances.filter((o) => o.documentId !== doc.id).map((o) => o.documentId))]
              .map((id) => data.documents.find((d) => d.id === id))
              .map((d) => (d ? (d.outlet ?? d.title) : ""))
              .filter(Boolean)
              .join(", ");
            return [
              String(numbers.get(a.annotationId)),
              a.quote,
              a.translation ? `${a.translation}${isUnreviewedMachineTranslation(a) ? ` [${UNREVIEWED_MACHINE_NOTE}]` : ""}` : "—",
              `${label.en} · ${label.id}`,
              c.claimant || "—",
              c.rationale || "—",
              c.evidence.map((e) => `${e.title || e.url} (${e.stance}) ${e.url}${e.quote ? `: “${e.quote}”` : ""}`).join("\n") || "—",
              `${a.createdBy}${c.approvedBy ? ` / ${c.approvedBy}` : ""}`,
              also || "—",
            ];
          }),
          // Twips across the 9,638 of an A4 page's text width: the bilingual columns widest.
          [360, 1750, 1750, 1000, 900, 1250, 1300, 700, 628],
        ),
      );
    }
  }
  out.push(text("Methodology", "Heading1"), text(METHODOLOGY), text("Corrections log", "Heading1"));
  const corrections = data.claims.flatMap((c) => c.corrections.map((k) => ({ c, k })));
  if (corrections.length === 0) out.push(text("No corrections."));
  else
    out.push(
      table(
        ["Date", "Claim", "Change", "Reason", "By"],
        corrections.map(({ c, k }) => [k.at.slice(0, 10), c.summary || c.appearances[0]?.quote || c.id, `${verdictLabel(k.before, data.labels).en} → ${verdictLabel(k.after, data.labels).en}`, k.reason, k.by ?? "—"]),
      ),
    );
  return out.join("");
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;

export function renderDocxReport(data: ExportData, scope: string): Uint8Array {
  const enc = new TextEncoder();
  const files: Array<[string, string]> = [
    [
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ],
    [
      "docProps/core.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xml(`Fact-check report — ${scope}`)}</dc:title><dc:creator>${xml(data.generatedBy)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${xml(data.generatedAt)}</dcterms:created></cp:coreProperties>`,
    ],
    [
      "word/_rels/document.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["word/styles.xml", STYLES],
    [
      "word/document.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body(data, scope)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`,
    ],
  ];
  return zip(files.map(([name, content]) => ({ name, data: enc.encode(content) })));
}
