// What an export request may ask for (API query, job request): the format and the scope.
import { z } from "zod";
import type { ExportFilter } from "../../data/export.ts";
import { EXPORT_FORMATS } from "./render-export.ts";

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Dates are YYYY, YYYY-MM or YYYY-MM-DD.");

export const exportRequest = z.object({
  format: z.enum(EXPORT_FORMATS, `format is one of ${EXPORT_FORMATS.join(", ")}.`),
  documentId: z.array(z.string().max(100)).max(10_000).optional(),
  verdict: z.array(z.string().max(100)).max(50).optional(),
  reviewState: z.array(z.enum(["DRAFT", "IN_REVIEW", "APPROVED"])).optional(),
  outlet: z.string().max(200).optional(),
  from: date.optional(),
  to: date.optional(),
});
export type ExportRequest = z.infer<typeof exportRequest>;

/** Query parameters that may repeat. */
export const EXPORT_LIST_PARAMS = ["documentId", "verdict", "reviewState"];

export function exportFilter(q: ExportRequest): ExportFilter {
  return { documentIds: q.documentId, verdict: q.verdict, reviewState: q.reviewState, outlet: q.outlet, from: q.from, to: q.to };
}
