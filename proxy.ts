// Runs before routing for API paths only: a path whose percent-encoding is not valid UTF-8
// (e.g. %ED%A0%80) is refused here with the documented JSON error; Next.js would otherwise fail
// to decode the route parameters and answer a bare 500.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return NextResponse.json({ error: { code: "bad_request", message: "The URL's path is not valid percent-encoded UTF-8." } }, { status: 400 });
  }
  return NextResponse.next();
}

export const config = { matcher: "/api/v1/:path*" };
