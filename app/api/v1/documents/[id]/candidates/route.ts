// GET /api/v1/documents/{id}/candidates → [{start, end, score, reasons}]: sentences likely to hold
// a checkable claim (code points); page debris never is one.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { documentCandidates } from "@/server/services/documents/read-documents";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await documentCandidates(user, (await context.params).id));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
