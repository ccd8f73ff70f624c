// GET /api/v1/claims/{id}/comments → the discussion, oldest first; POST {body} → 201.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { commentSchema } from "@/server/services/claims/claim-input";
import { addComment } from "@/server/services/claims/comment-claim";
import { claimComments } from "@/server/services/claims/read-claims";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await claimComments(user, (await context.params).id));
});

export const POST = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { body } = parseInput(commentSchema, await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(await addComment(user, (await context.params).id, body), { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
