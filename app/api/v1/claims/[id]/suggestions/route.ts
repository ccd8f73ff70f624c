// GET /api/v1/claims/{id}/suggestions → [{documentId, documentTitle, outlet, start, end, quote,
// score}], best first: spans in other documents that may state this claim (code points).
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { suggestionsForClaim } from "@/server/services/claims/matching";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await suggestionsForClaim(user, (await context.params).id));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
