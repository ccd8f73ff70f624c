// GET /api/v1/export?format=html|docx|md|csv|w3c|claimreview&documentId=…(repeatable)&verdict=&reviewState=&outlet=&from=&to=
// → the export as a download (Content-Type and Content-Disposition with a descriptive name).
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler } from "@/server/http/api-handler";
import { parseInput, queryObject } from "@/server/http/parse";
import { buildExport } from "@/server/services/export/build-export";
import { EXPORT_FORMATS, exportFileName, renderExport, scopeText } from "@/server/services/export/render-export";

export const dynamic = "force-dynamic";

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Dates are YYYY, YYYY-MM or YYYY-MM-DD.");
const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, `format is one of ${EXPORT_FORMATS.join(", ")} (PDF reports are not available yet).`),
  documentId: z.array(z.string()).optional(),
  verdict: z.array(z.string()).optional(),
  reviewState: z.array(z.enum(["DRAFT", "IN_REVIEW", "APPROVED"])).optional(),
  outlet: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
});

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const q = parseInput(exportQuery, queryObject(request.url, ["documentId", "verdict", "reviewState"]));
  const filter = { documentIds: q.documentId, verdict: q.verdict, reviewState: q.reviewState, outlet: q.outlet, from: q.from, to: q.to };
  const data = await buildExport(user, filter);
  const { body, contentType } = renderExport(q.format, data, scopeText(filter, data));
  return new Response(typeof body === "string" ? body : new Blob([body as Uint8Array<ArrayBuffer>]), {
    headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${exportFileName(q.format, filter, data)}"`, "Cache-Control": "no-store" },
  });
});
