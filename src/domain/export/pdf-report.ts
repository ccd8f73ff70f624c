// The readable report as PDF, with the content of the HTML report: a title page with the legend,
// each document's Indonesian text with its claims highlighted in verdict colours and numbered
// like footnotes, the bilingual claims table, the methodology and the corrections log. Fonts
// are passed in (shipped with the project); a bookmark per document. Yields between documents
// through `hooks.pause` so a long export does not hold the server, and reports progress.
import { verdictLabel } from "../claims/verdicts.ts";
import { safeHref } from "./escape.ts";
import type { ExportAppearance, ExportClaim, ExportData, ExportDocument } from "./export-data.ts";
import { METHODOLOGY } from "./html-report.ts";
import { PdfCanvas, type PdfFonts } from "./pdf/canvas.ts";
import type { Span, Style } from "./pdf/flow.ts";
import { segments } from "./segments.ts";
import { isUnreviewedMachineTranslation, UNREVIEWED_MACHINE_NOTE } from "../translation/translation-origin.ts";

export type { PdfFonts } from "./pdf/canvas.ts";

export interface RenderHooks {
  /** Awaited between documents (e.g. to let the server answer other requests). */
  pause?: () => Promise<void>;
  progress?: (done: number, total: number) => void;
}

const INK = "#1f2933";
const MUTED = "#52606d";
const ACCENT = "#0b4650";
const OVERLAP = "#5b21b6";

const s = (text: string, style: Partial<Style> = {}): Span => ({ text, style: { font: "regular", size: 8, color: INK, ...style } });
const dash = (text: string) => text || "—";

function titlePage(c: PdfCanvas, data: ExportData, scope: string): void {
  c.newPage();
  c.doc.y = 160;
  c.paragraph([s("Fact-check report", { font: "bold", size: 26, color: ACCENT })], { after: 14 });
  c.paragraph([s(data.organisation.name, { font: "bold", size: 13 })]);
  c.paragraph([s(`Scope: ${scope}`, { size: 11 })]);
  c.paragraph([s(`${data.documents.length} documents · ${data.claims.length} claims · exported ${data.generatedAt.slice(0, 10)} by ${data.generatedBy}`, { size: 10, color: MUTED })], { after: 24 });
  const used = new Set(data.claims.map((k) => k.verdict));
  const legend = data.labels.filter((l) => used.has(l.key));
  if (legend.length) {
    c.paragraph([s("Verdicts", { font: "bold", size: 11 })], { after: 2 });
    c.paragraph(
      legend.flatMap((l) => [s(`  ${l.en} · `, { size: 10, background: l.color }), s(`${l.id}  `, { size: 10, font: "italic", background: l.color }), s("   ", { size: 10 })]),
      { leading: 1.8 },
    );
  }
  c.paragraph([s("Highlights in the text carry the colour of their claim's verdict and a number that leads to the claim in the table after the text. Text underlined in violet holds more than one claim.", { size: 9, color: MUTED })]);
}

function documentText(c: PdfCanvas, doc: ExportDocument, here: Array<{ claim: ExportClaim; a: ExportAppearance }>, numbers: Map<string, number>, data: ExportData): void {
  const byId = new Map(here.map((x) => [x.a.annotationId, x]));
  const spans: Span[] = [];
  const body = { size: 10.5, color: INK };
  for (const p of segments(doc.text, here.map((x) => ({ id: x.a.annotationId, start: x.a.start, end: x.a.end })))) {
    if (p.ids.length === 0) spans.push(s(p.text, body));
    else {
      const label = verdictLabel(byId.get(p.ids[0]!)!.claim.verdict, data.labels);
      spans.push(s(p.text, { ...body, background: label.color, ...(p.ids.length > 1 ? { underline: OVERLAP } : {}) }));
    }
    for (const id of p.ending) spans.push(s(`[${numbers.get(id)}]`, { font: "bold", size: 6.5, color: ACCENT }));
  }
  c.paragraph(spans, { leading: 1.45, after: 14 });
}

function claimsTable(c: PdfCanvas, doc: ExportDocument, here: Array<{ claim: ExportClaim; a: ExportAppearance }>, numbers: Map<string, number>, data: ExportData): void {
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  const rows = here.map(({ claim: k, a }) => {
    const label = verdictLabel(k.verdict, data.labels);
    const elsewhere = [...new Set(k.appearances.filter((o) => o.documentId !== doc.id).map((o) => o.documentId))].map((id) => documents.get(id)).filter((d): d is ExportDocument => Boolean(d));
    const quote = [s(a.quote)];
    if (elsewhere.length) quote.push(s(`\nAlso appears in: ${elsewhere.map((d) => `${d.outlet ?? d.title} (${d.publishedAt ?? "undated"})`).join("; ")}`, { color: MUTED, size: 7 }));
    const english = [s(dash(a.translation))];
    if (isUnreviewedMachineTranslation(a)) english.push(s(`\n${UNREVIEWED_MACHINE_NOTE}`, { font: "italic", color: MUTED, size: 7 }));
    if (k.summary) english.push(s(`\nClaim: ${k.summary}`, { color: MUTED, size: 7 }));
    const verdict = [
      s(` ${label.en} · `, { font: "bold", background: label.color }),
      s(`${label.id} `, { font: "italic", background: label.color }),
      s(`\n${k.reviewState.replace("_", " ").toLowerCase()}`, { color: MUTED, size: 7 }),
      s(`\nClaimant: ${dash(k.claimant)}${k.claimDate ? ` (${k.claimDate})` : ""}`),
      s(`\nHighlighted by ${a.createdBy} on ${a.createdAt.slice(0, 10)}`, { color: MUTED, size: 7 }),
    ];
    if (k.approvedBy) verdict.push(s(`\nApproved by ${k.approvedBy}${k.approvedAt ? ` on ${k.approvedAt.slice(0, 10)}` : ""}`, { color: MUTED, size: 7 }));
    const reasons = [s(dash(k.rationale))];
    for (const e of k.evidence) {
      const href = safeHref(e.url);
      reasons.push(s("\n• "), s(e.title || e.url, { color: href ? "#1d4ed8" : INK, ...(href ? { link: href, underline: "#1d4ed8" } : {}) }));
      reasons.push(s(` (${e.stance}${e.accessedAt ? `, ${e.accessedAt}` : ""})`, { color: MUTED, size: 7 }));
      if (e.title && e.url) reasons.push(s(`\n${e.url}`, { color: MUTED, size: 6.5 }));
      if (e.quote) reasons.push(s(`\n“${e.quote}”`, { font: "italic", size: 7.5 }));
    }
    return [[s(String(numbers.get(a.annotationId)), { font: "bold", color: ACCENT })], quote, english, verdict, reasons];
  });
  c.table(
    [
      { header: "#", width: 22 },
      { header: "Indonesian quote", width: 135 },
      { header: "English translation", width: 135 },
      { header: "Verdict · claimant · review", width: 100 },
      { header: "Rationale and evidence", width: c.contentWidth - 392 },
    ],
    rows,
  );
}

function closingSections(c: PdfCanvas, data: ExportData): void {
  c.newPage();
  c.doc.outline.addItem("Methodology and corrections");
  c.paragraph([s("Methodology", { font: "bold", size: 15, color: ACCENT })]);
  c.paragraph([s(METHODOLOGY, { size: 10 })], { after: 16 });
  c.paragraph([s("Corrections log", { font: "bold", size: 15, color: ACCENT })]);
  const corrections = data.claims.flatMap((k) => k.corrections.map((x) => ({ k, x })));
  if (corrections.length === 0) {
    c.paragraph([s("No corrections.", { size: 10 })]);
    return;
  }
  c.table(
    [
      { header: "Date", width: 60 },
      { header: "Claim", width: 170 },
      { header: "Change", width: 110 },
      { header: "Reason", width: c.contentWidth - 400 },
      { header: "By", width: 60 },
    ],
    corrections.map(({ k, x }) => [
      [s(x.at.slice(0, 10))],
      [s(k.summary || k.appearances[0]?.quote || k.id)],
      [s(`${verdictLabel(x.before, data.labels).en} → ${verdictLabel(x.after, data.labels).en}`)],
      [s(x.reason)],
      [s(x.by ?? "—")],
    ]),
  );
}

export async function renderPdfReport(data: ExportData, scope: string, fonts: PdfFonts, hooks: RenderHooks = {}): Promise<Uint8Array> {
  const c = new PdfCanvas(fonts, { title: `Saring report — ${scope}`, author: data.organisation.name });
  c.setFooter(`${data.organisation.name} · Fact-check report · ${data.generatedAt.slice(0, 10)}`);
  titlePage(c, data, scope);
  let n = 0;
  const byDocument = new Map<string, Array<{ claim: ExportClaim; a: ExportAppearance }>>();
  for (const claim of data.claims)
    for (const a of claim.appearances) {
      const list = byDocument.get(a.documentId) ?? [];
      list.push({ claim, a });
      byDocument.set(a.documentId, list);
    }
  for (const [i, doc] of data.documents.entries()) {
    const here = (byDocument.get(doc.id) ?? []).sort((x, y) => x.a.start - y.a.start || x.a.end - y.a.end);
    const numbers = new Map(here.map((x) => [x.a.annotationId, ++n]));
    c.newPage();
    c.doc.outline.addItem(doc.title);
    c.paragraph([s(doc.title, { font: "bold", size: 15, color: ACCENT })], { after: 2 });
    const source = doc.sourceUrl && safeHref(doc.sourceUrl);
    c.paragraph([s(`${doc.outlet ?? "Unknown outlet"} · ${doc.publishedAt ?? "undated"}${source ? " · " : ""}`, { size: 9, color: MUTED }), ...(source ? [s(source, { size: 9, color: "#1d4ed8", link: source })] : [])], { after: 10 });
    documentText(c, doc, here, numbers, data);
    if (here.length) claimsTable(c, doc, here, numbers, data);
    else c.paragraph([s("No claims in this document.", { size: 10 })]);
    hooks.progress?.(i + 1, data.documents.length);
    await hooks.pause?.();
  }
  closingSections(c, data);
  return c.finish();
}
