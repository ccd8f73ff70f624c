// Administering users: roles, disabling and enabling. The last active admin cannot be
// demoted or disabled, so the instance is never left without one.
import type { Role } from "../../../domain/auth/roles.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { recordAudit } from "../../data/audit-events.ts";
import { countActiveAdmins, findUserById, listUsers, updateUser, type UserRecord } from "../../data/users.ts";
import { db } from "../../db/client.ts";
import { AppError, notFound } from "../../errors.ts";

async function target(id: string): Promise<UserRecord> {
  const user = await findUserById(id);
  if (!user) throw notFound("The user");
  return user;
}

function lastAdmin(): AppError {
  return new AppError("conflict", "This is the last active admin: make another user admin first.");
}

export async function changeRole(actor: CurrentUser, userId: string, role: Role): Promise<UserRecord> {
  authorize(actor, "user.manage");
  const user = await target(userId);
  if (user.role === role) return user;
  return db().$transaction(async (tx) => {
    if (user.role === "ADMIN" && !user.disabledAt && (await countActiveAdmins(tx)) <= 1) throw lastAdmin();
    const updated = await updateUser(userId, { role }, tx);
    await recordAudit({ actorId: actor.id, action: "user.role", entityType: "user", entityId: userId, details: { before: user.role, after: role } }, tx);
    return updated;
  });
}

export async function setUserDisabled(actor: CurrentUser, userId: string, disabled: boolean): Promise<UserRecord> {
  authorize(actor, "user.manage");
  const user = await target(userId);
  if (Boolean(user.disabledAt) === disabled) return user;
  if (disabled && user.id === actor.id) throw new AppError("conflict", "You cannot disable your own account.");
  return db().$transaction(async (tx) => {
    if (disabled && user.role === "ADMIN" && (await countActiveAdmins(tx)) <= 1) throw lastAdmin();
    const updated = await updateUser(userId, { disabledAt: disabled ? new Date() : null }, tx);
    await recordAudit({ actorId: actor.id, action: disabled ? "user.disable" : "user.enable", entityType: "user", entityId: userId }, tx);
    return updated;
  });
}

export async function listUsersFor(actor: CurrentUser): Promise<UserRecord[]> {
  authorize(actor, "user.manage");
  return listUsers();
}

/** Role and disabled state in one call (the API's PATCH). */
export async function updateUserAsAdmin(actor: CurrentUser, userId: string, input: { role?: Role; disabled?: boolean }): Promise<UserRecord> {
  authorize(actor, "user.manage");
  let user = await target(userId);
  if (input.role !== undefined) user = await changeRole(actor, userId, input.role);
  if (input.disabled !== undefined) user = await setUserDisabled(actor, userId, input.disabled);
  return user;
}
