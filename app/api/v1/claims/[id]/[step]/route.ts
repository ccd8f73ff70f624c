// POST /api/v1/claims/{id}/submit | approve | reject ({reason} for reject) → 200 with the claim;
// 403 with the rule's reason when it forbids the step (e.g. approving a verdict you set).
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { notFound } from "@/server/errors";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { reviewSchema } from "@/server/services/claims/claim-input";
import { reviewClaim, type ReviewStep } from "@/server/services/claims/review-claim";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; step: string }> };
const STEPS: readonly string[] = ["submit", "approve", "reject"];

export const POST = apiHandler<Context>(async (request, context) => {
  const { id, step } = await context.params;
  if (!STEPS.includes(step)) throw notFound("This endpoint");
  const user = await requireRequestUser(request);
  // submit and approve need no body; a body, when sent, is JSON.
  const body = request.headers.get("content-type") ? await readJsonBody(request, config().maxJsonBytes) : {};
  const { reason } = parseInput(reviewSchema, body);
  return NextResponse.json(await reviewClaim(user, id, step as ReviewStep, reason ?? ""));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
