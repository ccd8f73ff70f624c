// GET /api/v1/backup (admins) → the whole instance as a backup file (gzip-compressed JSON).
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { fileResponse } from "@/server/http/file-response";
import { createBackup } from "@/server/services/backup/backup";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const { bytes, fileName } = await createBackup(user);
  return fileResponse(bytes, "application/gzip", fileName);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
