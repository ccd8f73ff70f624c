// GET /api/v1/glossary/matches?text=… → the glossary terms found in the text, affixed forms
// included: [{termId, source, target, start, end, matched, exact}] (code-point offsets).
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput, queryObject } from "@/server/http/parse";
import { glossaryMatches } from "@/server/services/glossary/glossary";

export const dynamic = "force-dynamic";

const matchQuery = z.object({ text: z.string().min(1, "Give the text to look in.").max(20_000, "The text is too long (20,000 characters at most).") });

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const { text } = parseInput(matchQuery, queryObject(request.url));
  return NextResponse.json(await glossaryMatches(user, text));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
