// GET /api/v1/export?format=html|pdf|docx|md|csv|w3c|claimreview&documentId=…(repeatable)&verdict=&reviewState=&outlet=&from=&to=
// → the export as a download (Content-Type and Content-Disposition with a descriptive name).
// Long exports are better started as a job (POST /api/v1/exports) that reports progress.
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { fileResponse } from "@/server/http/file-response";
import { parseInput, queryObject } from "@/server/http/parse";
import { buildExport } from "@/server/services/export/build-export";
import { EXPORT_LIST_PARAMS, exportFilter, exportRequest } from "@/server/services/export/export-input";
import { exportFileName, renderExport, scopeText } from "@/server/services/export/render-export";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const q = parseInput(exportRequest, queryObject(request.url, EXPORT_LIST_PARAMS));
  const filter = exportFilter(q);
  const data = await buildExport(user, filter);
  const { body, contentType } = await renderExport(q.format, data, scopeText(filter, data));
  return fileResponse(body, contentType, exportFileName(q.format, filter, data));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
