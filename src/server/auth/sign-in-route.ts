// Sign-in over HTTP answers 429 with Retry-After while a client or account is locked, before
// next-auth sees the request, and when an attempt has just caused the lock.
import { accountKey, clientKey } from "../../domain/auth/throttle.ts";
import { config } from "../config.ts";
import { AppError } from "../errors.ts";
import { errorResponse } from "../http/api-handler.ts";
import { SIGN_IN_ERRORS } from "./auth-options.ts";
import { clientAddress } from "./client-address.ts";
import { lockedFor } from "./sign-in-throttle.ts";

/** The throttle keys of a sign-in request (reads a copy of its form body). */
export async function signInKeys(request: Request): Promise<string[]> {
  let email = "";
  try {
    email = String((await request.clone().formData()).get("email") ?? "");
  } catch {
    // next-auth answers malformed bodies itself; the client key still applies.
  }
  return [clientKey(clientAddress(request.headers, config().trustProxy)), accountKey(email)];
}

/** A 429 answer when any of the keys is locked now, else null. */
export async function lockedResponse(keys: string[]): Promise<Response | null> {
  const retryAfter = await lockedFor(keys);
  if (retryAfter <= 0) return null;
  const minutes = Math.max(1, Math.ceil(retryAfter / 60));
  return errorResponse(
    new AppError("rate_limited", `Too many failed sign-in attempts. Try again in ${minutes} minutes.`, { retryAfter }),
  );
}

/** Whether next-auth's JSON answer reports that this attempt ran into the lock. */
export async function answeredLocked(response: Response): Promise<boolean> {
  if (!response.headers.get("content-type")?.includes("application/json")) return false;
  const body = (await response.clone().json().catch(() => null)) as { url?: string } | null;
  return Boolean(body?.url?.includes(`error=${SIGN_IN_ERRORS.locked}`));
}
