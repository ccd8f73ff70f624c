// GET /api/v1/exports/{id} → the export job: state (running, done, failed), phase, documents
// rendered of all, and the file's URL once it is done. Only its owner sees it.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { exportJobStatus } from "@/server/services/export/export-jobs";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(exportJobStatus(user, (await context.params).id), { headers: { "Cache-Control": "no-store" } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
