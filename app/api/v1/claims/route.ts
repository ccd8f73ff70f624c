// GET /api/v1/claims?verdict=&reviewState=&documentId=&outlet=&claimant=&reviewer=&q=&sort=&page=&pageSize=
// → {items, total, page, pageSize, pages, countsByVerdict}; verdict and reviewState repeat.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput, queryObject } from "@/server/http/parse";
import { claimQuerySchema } from "@/server/services/claims/claim-input";
import { listClaims } from "@/server/services/claims/read-claims";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const query = parseInput(claimQuerySchema, queryObject(request.url, ["verdict", "reviewState"]));
  return NextResponse.json(await listClaims(user, query));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
