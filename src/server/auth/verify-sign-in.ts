// Checks an email and password for sign-in, with throttling per client and per account.
import { accountKey, clientKey } from "../../domain/auth/throttle.ts";
import { findUserCredentials } from "../data/users.ts";
import { lockedFor, recordFailure, recordSuccess } from "./sign-in-throttle.ts";
import { verifyAgainstDummy, verifyPassword } from "./passwords.ts";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "locked"; retryAfter: number };

export async function verifySignIn(input: { email: string; password: string; client: string }): Promise<SignInResult> {
  const keys = [clientKey(input.client), accountKey(input.email)];
  const retryAfter = await lockedFor(keys);
  if (retryAfter > 0) return { ok: false, reason: "locked", retryAfter };

  const user = await findUserCredentials(input.email);
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await verifyAgainstDummy(input.password), false);
  if (!user || !valid) {
    await recordFailure(keys);
    const now = await lockedFor(keys);
    return now > 0 ? { ok: false, reason: "locked", retryAfter: now } : { ok: false, reason: "invalid" };
  }
  if (user.disabledAt) return { ok: false, reason: "disabled" };
  await recordSuccess(keys);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
