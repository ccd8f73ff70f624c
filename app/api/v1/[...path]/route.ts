// Any other path under /api/v1 answers a JSON 404, whatever the method.
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/api-handler";

export const dynamic = "force-dynamic";

function unknownRoute(): Response {
  return errorResponse(new AppError("not_found", "There is no such API endpoint. See the API section of the README."));
}

export const GET = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
