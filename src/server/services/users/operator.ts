// What the command line may do. Whoever runs the CLI has the server's files and database in
// hand, so these act as the operator (no signed-in actor); each change is still audited.
import { recordAudit } from "../../data/audit-events.ts";
import { findUserByEmail, updateUser, type UserRecord } from "../../data/users.ts";
import { AppError } from "../../errors.ts";
import { createApiToken } from "./account.ts";
import { insertUserAudited } from "./create-user.ts";
import type { NewUserInput } from "./user-input.ts";

async function userByEmail(email: string): Promise<UserRecord> {
  const user = await findUserByEmail(email);
  if (!user) throw new AppError("not_found", `No user has the email ${email.trim().toLowerCase()}.`);
  return user;
}

export async function operatorCreateUser(input: NewUserInput): Promise<UserRecord> {
  return insertUserAudited(null, input);
}

export async function operatorSetDisabled(email: string, disabled: boolean): Promise<UserRecord> {
  const user = await userByEmail(email);
  const updated = await updateUser(user.id, { disabledAt: disabled ? new Date() : null });
  await recordAudit({ actorId: null, action: disabled ? "user.disable" : "user.enable", entityType: "user", entityId: user.id, details: { via: "cli" } });
  return updated;
}

export async function operatorCreateToken(email: string, name: string): Promise<string> {
  const user = await userByEmail(email);
  if (user.disabledAt) throw new AppError("conflict", `${user.email} is disabled: enable the user first.`);
  return (await createApiToken(user, name)).token;
}
