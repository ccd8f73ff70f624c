// POST /api/v1/claims/{id}/merge {from} → 200 with this claim, now holding the other claim's
// appearances, comments and history.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { mergeSchema } from "@/server/services/claims/claim-input";
import { mergeClaims } from "@/server/services/claims/regroup-claims";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { from } = parseInput(mergeSchema, await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(await mergeClaims(user, (await context.params).id, from));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
