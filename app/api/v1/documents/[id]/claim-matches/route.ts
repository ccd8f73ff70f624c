// GET /api/v1/documents/{id}/claim-matches?start=&end= → [{claimId, verdict, summary, quote,
// appearances, score}]: existing claims the span (code points) may be another appearance of.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput, queryObject } from "@/server/http/parse";
import { claimsForSpan } from "@/server/services/claims/matching";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };
const spanQuery = z.object({ start: z.coerce.number().int().min(0), end: z.coerce.number().int().min(1) });

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { start, end } = parseInput(spanQuery, queryObject(request.url));
  return NextResponse.json(await claimsForSpan(user, (await context.params).id, start, end));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
