// POST /api/v1/glossary/import (editors, admins), body text/csv with the columns source, target
// and note → 200 {added, skipped, problems}: terms already in the glossary are kept as they are.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { AppError } from "@/server/errors";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { readUtf8Body } from "@/server/http/read-body";
import { importGlossaryCsv } from "@/server/services/glossary/glossary";

export const dynamic = "force-dynamic";

export const POST = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  if (!/^text\/csv\b/i.test(request.headers.get("content-type") ?? "")) throw new AppError("unsupported_media_type", "Send the glossary as CSV (Content-Type: text/csv).");
  const text = await readUtf8Body(request, config().maxImportBytes);
  if (text.includes("\u0000")) throw new AppError("validation_failed", "The file holds NUL characters: it is not a CSV text file.");
  return NextResponse.json(await importGlossaryCsv(user, text));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
