// DELETE /api/v1/equivalences/{id} (editors, admins) → 204. Built-in entries have no id.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { removeEquivalence } from "@/server/services/claims/equivalences";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const DELETE = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  await removeEquivalence(user, (await context.params).id);
  return new NextResponse(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH } = otherMethods(["DELETE"]);
