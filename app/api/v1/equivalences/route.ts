// GET /api/v1/equivalences → the names and phrases matching treats as the same (built-in and
// added). POST {canonical, terms[]} (editors, admins) → 201.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { addEquivalence, listEquivalences } from "@/server/services/claims/equivalences";

export const dynamic = "force-dynamic";

const term = z.string().trim().min(1).max(100);
const equivalenceSchema = z.object({ canonical: term, terms: z.array(term).min(1, "Give at least one other term.").max(30) }).strict();

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await listEquivalences(user));
});

export const POST = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const input = parseInput(equivalenceSchema, await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(await addEquivalence(user, input), { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
