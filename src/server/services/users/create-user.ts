// Creating users: by an admin, and the very first admin while no user exists.
import { authorize } from "../../auth/authorize.ts";
import { hashPassword } from "../../auth/passwords.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { recordAudit } from "../../data/audit-events.ts";
import { claimMarker } from "../../data/settings.ts";
import { countUsers, insertUser, type UserRecord } from "../../data/users.ts";
import { db } from "../../db/client.ts";
import { AppError, isUniqueViolation } from "../../errors.ts";
import { assertPasswordAcceptable } from "./password-input.ts";
import type { NewUserInput } from "./user-input.ts";

const SETUP_MARKER = "setup.first-admin";

/** Inserts a user and its audit entry; `actorId` null: the operator or the first setup. */
export async function insertUserAudited(actorId: string | null, input: NewUserInput): Promise<UserRecord> {
  assertPasswordAcceptable(input.password, input.email);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx) => {
      const user = await insertUser({ email: input.email, name: input.name, role: input.role, passwordHash }, tx);
      await recordAudit({ actorId: actorId ?? user.id, action: "user.create", entityType: "user", entityId: user.id, details: { role: user.role } }, tx);
      return user;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("conflict", `A user with the email ${input.email.trim().toLowerCase()} already exists.`);
    throw err;
  }
}

export async function createUser(actor: CurrentUser, input: NewUserInput): Promise<UserRecord> {
  authorize(actor, "user.manage");
  return insertUserAudited(actor.id, input);
}

export async function isSetupOpen(): Promise<boolean> {
  return (await countUsers()) === 0;
}

const setupClosed = () => new AppError("forbidden", "Setup is already complete: sign in instead.");

/** Refuses once the first admin exists (before a setup form is even read). */
export async function assertSetupOpen(): Promise<void> {
  if (!(await isSetupOpen())) throw setupClosed();
}

/** The first admin. Refused as soon as any user exists, also when two people race for it. */
export async function createFirstAdmin(input: Omit<NewUserInput, "role">): Promise<UserRecord> {
  await assertSetupOpen();
  assertPasswordAcceptable(input.password, input.email);
  if (!(await claimMarker(SETUP_MARKER, new Date().toISOString()))) throw setupClosed();
  return insertUserAudited(null, { ...input, role: "ADMIN" });
}
