// GET /api/v1/translation-memory?text=…[&exclude=annotationId][&limit=5] → earlier
// translations of the same or similar Indonesian text, best first:
// [{source, translation, score, documentId, documentTitle, outlet, annotationId, origin, reviewed}].
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput, queryObject } from "@/server/http/parse";
import { lookupTranslationMemory } from "@/server/services/translation/translation-memory";

export const dynamic = "force-dynamic";

const memoryQuery = z.object({
  text: z.string().trim().min(1, "Give the Indonesian text to look up.").max(5_000, "The text is too long (5,000 characters at most)."),
  exclude: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int("limit is a whole number.").min(1, "limit is 1 to 20.").max(20, "limit is 1 to 20.").optional(),
});

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await lookupTranslationMemory(user, parseInput(memoryQuery, queryObject(request.url))));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
