// GET /api/v1/claims/{id}/similar → [{claimId, verdict, summary, quote, appearances, score}]:
// other claims that may be the same claim (merge them with POST /claims/{id}/merge).
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { similarClaims } from "@/server/services/claims/matching";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await similarClaims(user, (await context.params).id));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
