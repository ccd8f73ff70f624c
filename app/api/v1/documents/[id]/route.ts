// GET /api/v1/documents/{id}: the document with its text and non-content ranges.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler } from "@/server/http/api-handler";
import { documentJson } from "@/server/http/document-json";
import { getDocumentFor } from "@/server/services/documents/read-documents";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { id } = await context.params;
  return NextResponse.json(documentJson(await getDocumentFor(user, id)));
});
