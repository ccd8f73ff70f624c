// POST /api/v1/annotations/{id}/translation-review {version} → the annotation, its translation
// marked reviewed by the caller: a second person (403 for who made the translation), 409 when
// the version is stale.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { reviewTranslation } from "@/server/services/annotations/review-translation";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const reviewSchema = z.object({ version: z.number().int().positive("version is the annotation's current version number.") }).strict();

export const POST = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { version } = parseInput(reviewSchema, await readJsonBody(request, 16 * 1024));
  return NextResponse.json(await reviewTranslation(user, (await context.params).id, version));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
