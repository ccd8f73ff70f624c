// GET /api/v1/claims/{id}/history → the claim's events (review steps, corrections with their
// reasons, merges, splits, links), oldest first.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { claimEvents } from "@/server/services/claims/read-claims";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await claimEvents(user, (await context.params).id));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
