// GET /api/v1/health → {"status":"ok"}: the process answers (for load balancers). No sign-in,
// no database, no work — which also makes it the framework's floor in the write benchmark.
import { NextResponse } from "next/server";
import { otherMethods } from "@/server/http/api-handler";

export const dynamic = "force-dynamic";

export const GET = async () => NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
