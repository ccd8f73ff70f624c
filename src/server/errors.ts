// Typed application errors. Domain and data code throws these; entry points map them to HTTP
// (src/server/http/api-handler.ts) or to form messages (src/server/http/action-result.ts) once.

export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  // A service Saring calls (machine translation) failed or did not answer in time.
  bad_gateway: 502,
  gateway_timeout: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  /** Seconds, for rate_limited. */
  readonly retryAfter?: number;

  constructor(code: ErrorCode, message: string, opts: { details?: Record<string, unknown>; retryAfter?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = opts.details;
    this.retryAfter = opts.retryAfter;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const unauthenticated = () => new AppError("unauthenticated", "Sign in, or send a valid API token.");
export const forbidden = (what = "do this") =>
  new AppError("forbidden", `Your role does not allow you to ${what}.`);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);

/** Prisma's unique-constraint violation, detected by its code rather than its message. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}
