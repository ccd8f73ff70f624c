// DELETE /api/v1/glossary/{id} (editors, admins) → 204.
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { removeGlossaryTerm } from "@/server/services/glossary/glossary";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const DELETE = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  await removeGlossaryTerm(user, (await context.params).id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH } = otherMethods(["DELETE"]);
