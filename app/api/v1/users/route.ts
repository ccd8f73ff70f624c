// Admins only. GET /api/v1/users: all users. POST {email, name, role, password} → 201.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { userJson } from "@/server/http/user-json";
import { createUser } from "@/server/services/users/create-user";
import { listUsersFor } from "@/server/services/users/manage-users";
import { newUserSchema } from "@/server/services/users/user-input";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  const actor = await requireRequestUser(request);
  return NextResponse.json((await listUsersFor(actor)).map(userJson));
});

export const POST = apiHandler(async (request) => {
  const actor = await requireRequestUser(request);
  const input = parseInput(newUserSchema.strict(), await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(userJson(await createUser(actor, input)), { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
