// GET /api/v1/annotations/{id}/history: every change, oldest first (kept after deletion).
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { annotationHistory } from "@/server/services/annotations/read-annotations";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  return NextResponse.json(await annotationHistory(user, (await context.params).id));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
