// GET /api/v1/verdict-labels → [{key, en, id, color, rating}] in order.
// PUT (admins) with the whole list → 200 with the saved list; a label in use cannot be removed.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { verdictLabelsSchema } from "@/server/services/claims/verdict-input";
import { updateVerdictLabels, verdictLabels } from "@/server/services/claims/verdict-labels";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await verdictLabels(user));
});

export const PUT = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const labels = parseInput(verdictLabelsSchema, await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(await updateVerdictLabels(user, labels));
});

export const { POST, PATCH, DELETE } = otherMethods(["GET", "PUT"]);
