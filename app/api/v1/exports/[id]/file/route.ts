// GET /api/v1/exports/{id}/file → the finished export as a download (409 while it runs).
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { fileResponse } from "@/server/http/file-response";
import { exportJobFile } from "@/server/services/export/export-jobs";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { body, contentType, fileName } = exportJobFile(user, (await context.params).id);
  return fileResponse(body, contentType, fileName);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
