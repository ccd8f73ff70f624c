// PATCH /api/v1/annotations/{id} {version, ...fields} → 200 with the new version, or 409 with
// the current state in error.details.current. DELETE (optional ?version=N) → 204.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { updateAnnotationSchema } from "@/server/services/annotations/annotation-input";
import { deleteAnnotation } from "@/server/services/annotations/delete-annotation";
import { updateAnnotation } from "@/server/services/annotations/update-annotation";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const PATCH = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const input = parseInput(updateAnnotationSchema, await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(await updateAnnotation(user, (await context.params).id, input));
});

const deleteQuery = z.object({ version: z.coerce.number().int().positive().optional() });

export const DELETE = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { version } = parseInput(deleteQuery, Object.fromEntries(new URL(request.url).searchParams));
  await deleteAnnotation(user, (await context.params).id, version);
  return new NextResponse(null, { status: 204 });
});

export const { GET, POST, PUT } = otherMethods(["PATCH", "DELETE"]);
