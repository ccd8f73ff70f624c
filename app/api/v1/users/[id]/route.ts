// Admins only. PATCH /api/v1/users/{id} with {role?, disabled?} → 200 with the user.
import { NextResponse } from "next/server";
import { z } from "zod";
import { ROLES } from "@/domain/auth/roles";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { userJson } from "@/server/http/user-json";
import { updateUserAsAdmin } from "@/server/services/users/manage-users";

export const dynamic = "force-dynamic";

const patchSchema = z.object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() }).strict();

type Context = { params: Promise<{ id: string }> };

export const PATCH = apiHandler<Context>(async (request, context) => {
  const actor = await requireRequestUser(request);
  const input = parseInput(patchSchema, await readJsonBody(request, config().maxJsonBytes));
  const { id } = await context.params;
  return NextResponse.json(userJson(await updateUserAsAdmin(actor, id, input)));
});

export const { GET, POST, PUT, DELETE } = otherMethods(["PATCH"]);
