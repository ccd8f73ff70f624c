// GET /api/v1/claims/{id} → the claim with its appearances.
// PATCH {version, verdict?, summary?, claimant?, claimDate?, rationale?, evidence?, reason?} → 200,
// or 409 with the current claim; changing an approved verdict needs `reason` (a correction).
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { updateClaimSchema } from "@/server/services/claims/claim-input";
import { getClaim } from "@/server/services/claims/read-claims";
import { updateClaim } from "@/server/services/claims/update-claim";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await getClaim(user, (await context.params).id));
});

export const PATCH = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const input = parseInput(updateClaimSchema, await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(await updateClaim(user, (await context.params).id, input));
});

export const { POST, PUT, DELETE } = otherMethods(["GET", "PATCH"]);
