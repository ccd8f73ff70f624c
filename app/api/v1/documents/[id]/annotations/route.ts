// GET /api/v1/documents/{id}/annotations: the document's annotations in text order.
// POST: create one {start, end, translation?, verdict?, claimant?, rationale?, evidence?} → 201.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { createAnnotationSchema } from "@/server/services/annotations/annotation-input";
import { createAnnotation } from "@/server/services/annotations/create-annotation";
import { listDocumentAnnotations } from "@/server/services/annotations/read-annotations";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await listDocumentAnnotations(user, (await context.params).id));
});

export const POST = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const input = parseInput(createAnnotationSchema, await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(await createAnnotation(user, (await context.params).id, input), { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
