// POST /api/v1/exports {format, documentId?, verdict?, reviewState?, outlet?, from?, to?}
// → 202 with the export job (id, state, progress); poll GET /api/v1/exports/{id}.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { exportRequest } from "@/server/services/export/export-input";
import { startExportJob } from "@/server/services/export/export-jobs";

export const dynamic = "force-dynamic";

export const POST = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const q = parseInput(exportRequest.strict(), await readJsonBody(request, config().maxJsonBytes));
  const job = startExportJob(user, q);
  return NextResponse.json(job, { status: 202, headers: { Location: `/api/v1/exports/${job.id}` } });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
