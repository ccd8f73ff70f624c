// An export in one format: its body, content type and a file name that says what is in it
// (e.g. saring-claims-2023-09-tempo-2026-11-23.csv).
import { renderClaimReview } from "../../../domain/export/claimreview.ts";
import { renderCsv } from "../../../domain/export/csv.ts";
import { renderDocxReport } from "../../../domain/export/docx-report.ts";
import { renderHtmlReport } from "../../../domain/export/html-report.ts";
import { renderMarkdownReport } from "../../../domain/export/markdown-report.ts";
import { renderPdfReport, type RenderHooks } from "../../../domain/export/pdf-report.ts";
import type { ExportData } from "../../../domain/export/export-data.ts";
import { renderW3c } from "../../../domain/export/w3c.ts";
import type { ExportFilter } from "../../data/export.ts";
import { pdfFonts } from "./pdf-fonts.ts";

export const EXPORT_FORMATS = ["html", "pdf", "docx", "md", "csv", "w3c", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);

export function exportFileName(format: ExportFormat, filter: ExportFilter, data: ExportData): string {
  const kind = { html: "report", pdf: "report", docx: "report", md: "report", csv: "claims", w3c: "annotations", claimreview: "claimreview" }[format];
  const parts = ["saring", kind];
  if (filter.from || filter.to) parts.push([filter.from, filter.to].filter(Boolean).join("-to-"));
  if (filter.outlet) parts.push(slug(filter.outlet));
  if (filter.documentIds?.length === 1) parts.push(slug(data.documents.find((d) => d.id === filter.documentIds![0])?.title ?? "document"));
  if (filter.verdict?.length) parts.push(slug(filter.verdict.join("-")));
  parts.push(data.generatedAt.slice(0, 10));
  const extension = { html: "html", pdf: "pdf", docx: "docx", md: "md", csv: "csv", w3c: "jsonld", claimreview: "jsonld" }[format];
  return `${parts.filter(Boolean).join("-")}.${extension}`;
}

/** What the export covers, in words, for the report's title page. */
export function scopeText(filter: ExportFilter, data: ExportData): string {
  const parts: string[] = [];
  if (filter.documentIds?.length) parts.push(filter.documentIds.length === 1 ? `the document “${data.documents.find((d) => d.id === filter.documentIds![0])?.title ?? "?"}”` : `${filter.documentIds.length} chosen documents`);
  else parts.push("all documents");
  if (filter.outlet) parts.push(`outlet ${filter.outlet}`);
  if (filter.from || filter.to) parts.push(`dated ${filter.from ?? "…"} to ${filter.to ?? "…"}`);
  if (filter.verdict?.length) parts.push(`verdict ${filter.verdict.join(", ")}`);
  if (filter.reviewState?.length) parts.push(`review state ${filter.reviewState.join(", ")}`);
  return parts.join("; ");
}

/** Lets the server answer other requests (one turn of the event loop). */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Renders an export. The PDF yields to other requests between documents and reports progress. */
export async function renderExport(format: ExportFormat, data: ExportData, scope = "all documents", hooks: RenderHooks = {}): Promise<{ body: string | Uint8Array; contentType: string }> {
  switch (format) {
    case "pdf":
      return { body: await renderPdfReport(data, scope, await pdfFonts(), { pause: yieldToOthers, ...hooks }), contentType: "application/pdf" };
    case "docx":
      return { body: renderDocxReport(data, scope), contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
    case "html":
      return { body: renderHtmlReport(data, scope), contentType: "text/html; charset=utf-8" };
    case "md":
      return { body: renderMarkdownReport(data, scope), contentType: "text/markdown; charset=utf-8" };
    case "csv":
      return { body: renderCsv(data), contentType: "text/csv; charset=utf-8" };
    case "w3c":
      return { body: JSON.stringify(renderW3c(data), null, 2), contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8' };
    case "claimreview":
      return { body: JSON.stringify(renderClaimReview(data), null, 2), contentType: "application/ld+json; charset=utf-8" };
  }
}
