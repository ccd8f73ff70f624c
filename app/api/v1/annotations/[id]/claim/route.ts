// PUT /api/v1/annotations/{id}/claim {claimId} moves this appearance to another claim;
// {claimId: null} splits it off into a new claim of its own → 200 with the claim it is now on.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { moveAppearance } from "@/server/services/claims/regroup-claims";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };
const moveSchema = z.object({ claimId: z.string().min(1).nullable() }).strict();

export const PUT = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { claimId } = parseInput(moveSchema, await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(await moveAppearance(user, (await context.params).id, claimId));
});

export const { GET, POST, PATCH, DELETE } = otherMethods(["PUT"]);
