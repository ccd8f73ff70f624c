// POST /api/v1/claims/{id}/appearances {documentId, start, end, translation?} → 201 with the new
// annotation: the span becomes another appearance of this claim.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { createAnnotation } from "@/server/services/annotations/create-annotation";
import { appearanceSchema } from "@/server/services/claims/claim-input";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { documentId, ...span } = parseInput(appearanceSchema, await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(await createAnnotation(user, documentId, { ...span, claimId: (await context.params).id }), { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
