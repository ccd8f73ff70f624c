// CSV: one row per appearance (a claim in one document), UTF-8 with a byte-order mark so
// spreadsheets read Indonesian text right, CRLF rows, every field quoted. Cells a spreadsheet
// would run as a formula (starting with =, +, -, @, tab or CR) get a leading apostrophe. Pure.
import { verdictLabel } from "../claims/verdicts.ts";
import type { ExportData } from "./export-data.ts";

export const CSV_COLUMNS = [
  "claim_id", "annotation_id", "document_id", "document_title", "outlet", "document_date", "source_url",
  "start", "end", "quote_id", "translation_en", "translation_origin", "translation_reviewed", "verdict", "verdict_en", "verdict_id", "rating",
  "claimant", "claim_date", "summary_en", "rationale_en", "evidence", "review_state",
  "verdict_set_by", "approved_by", "approved_at", "annotated_by", "created_at", "updated_at",
] as const;

/** A cell as text a spreadsheet shows and never evaluates. */
export function safeCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  const neutral = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${neutral.replace(/"/g, '""')}"`;
}

export function renderCsv(data: ExportData): string {
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  const rows: string[] = [CSV_COLUMNS.map((c) => safeCell(c)).join(",")];
  for (const c of data.claims) {
    const label = verdictLabel(c.verdict, data.labels);
    const evidence = c.evidence.map((e) => `${e.url}${e.title ? ` (${e.title})` : ""} [${e.stance}]`).join(" | ");
    for (const a of c.appearances) {
      const d = docs.get(a.documentId);
      const cells = [
        c.id, a.annotationId, a.documentId, d?.title, d?.outlet, d?.publishedAt, d?.sourceUrl,
        a.start, a.end, a.quote, a.translation, a.translation ? a.translationOrigin : "", a.translation ? String(a.translationReviewed) : "", c.verdict, label.en, label.id, label.rating,
        c.claimant, c.claimDate, c.summary, c.rationale, evidence, c.reviewState,
        c.verdictSetBy, c.approvedBy, c.approvedAt, a.createdBy, a.createdAt, a.updatedAt,
      ];
      rows.push(cells.map(safeCell).join(","));
    }
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}
