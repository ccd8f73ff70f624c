// GET /api/v1/me: who the request authenticates as.
import { NextResponse } from "next/server";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  return NextResponse.json({ id: user.id, email: user.email, name: user.name, role: user.role });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
