// An export in one format: its body, content type and a file name that says what is in it
// (e.g. saring-claims-2023-09-tempo-2026-11-23.csv).
import { renderClaimReview } from "../../../domain/export/claimreview.ts";
import { renderCsv } from "../../../domain/export/csv.ts";
import type { ExportData } from "../../../domain/export/export-data.ts";
import { renderW3c } from "../../../domain/export/w3c.ts";
import type { ExportFilter } from "../../data/export.ts";

export const EXPORT_FORMATS = ["csv", "w3c", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);

export function exportFileName(format: ExportFormat, filter: ExportFilter, data: ExportData): string {
  const parts = ["saring", format === "csv" ? "claims" : format === "w3c" ? "annotations" : "claimreview"];
  if (filter.from || filter.to) parts.push([filter.from, filter.to].filter(Boolean).join("-to-"));
  if (filter.outlet) parts.push(slug(filter.outlet));
  if (filter.documentIds?.length === 1) parts.push(slug(data.documents.find((d) => d.id === filter.documentIds![0])?.title ?? "document"));
  if (filter.verdict?.length) parts.push(slug(filter.verdict.join("-")));
  parts.push(data.generatedAt.slice(0, 10));
  return `${parts.filter(Boolean).join("-")}.${format === "csv" ? "csv" : "jsonld"}`;
}

export function renderExport(format: ExportFormat, data: ExportData): { body: string; contentType: string } {
  switch (format) {
    case "csv":
      return { body: renderCsv(data), contentType: "text/csv; charset=utf-8" };
    case "w3c":
      return { body: JSON.stringify(renderW3c(data), null, 2), contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8' };
    case "claimreview":
      return { body: JSON.stringify(renderClaimReview(data), null, 2), contentType: "application/ld+json; charset=utf-8" };
  }
}
