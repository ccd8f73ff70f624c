// Wraps a route handler: maps AppError to the documented JSON error shape once, and turns
// anything unexpected into a 500 without leaking internals. The message is English unless the
// request asks for Indonesian (Accept-Language; Saring's own pages send their language).
import { NextResponse } from "next/server";
import { negotiateLocale } from "../../i18n/negotiate.ts";
import { localizeServerMessage } from "../../i18n/server-messages.ts";
import type { Locale } from "../../i18n/translate.ts";
import { AppError, isUniqueViolation } from "../errors.ts";

export function errorResponse(err: AppError, locale: Locale = "en"): NextResponse {
  const headers: Record<string, string> = {};
  if (err.retryAfter !== undefined) headers["Retry-After"] = String(err.retryAfter);
  const body: { error: { code: string; message: string; details?: Record<string, unknown> } } = {
    error: { code: err.code, message: localizeServerMessage(err.message, locale) },
  };
  if (err.details) body.error.details = err.details;
  return NextResponse.json(body, { status: err.status, headers });
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isUniqueViolation(err)) return new AppError("conflict", "This already exists.");
  const name = err instanceof Error ? err.name : typeof err;
  console.error(`[saring] unexpected error in API route: ${name}: ${err instanceof Error ? err.message : ""}`);
  return new AppError("internal", "Something went wrong on the server. The change was not saved.");
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function apiHandler<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (err) {
      return errorResponse(toAppError(err), negotiateLocale(request.headers.get("accept-language")));
    }
  };
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * Handlers for the methods a route does not have: 405 in the documented error shape with an
 * Allow header (Next.js would answer an empty 405). `export const { POST, PUT } = otherMethods(["GET"])`.
 */
export function otherMethods(allowed: readonly Method[]): Record<Method, () => Response> {
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : [])].join(", ");
  const answer = () => {
    const res = errorResponse(new AppError("method_not_allowed", `This endpoint answers ${allowed.join(", ")} only.`));
    res.headers.set("Allow", allow);
    return res;
  };
  return Object.fromEntries(METHODS.map((m) => [m, answer])) as unknown as Record<Method, () => Response>;
}
