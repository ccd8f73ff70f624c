// What every user may do to their own account: change the password, manage API tokens.
import { authorize } from "../../auth/authorize.ts";
import { generateApiToken } from "../../auth/api-token-secret.ts";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { insertApiToken, listApiTokens, revokeApiToken, type ApiTokenRecord } from "../../data/api-tokens.ts";
import { recordAudit } from "../../data/audit-events.ts";
import { getPasswordHash, updateUser } from "../../data/users.ts";
import { AppError, notFound } from "../../errors.ts";
import { assertPasswordAcceptable } from "./password-input.ts";
import type { Locale } from "../../../i18n/translate.ts";

export async function changePassword(user: CurrentUser, input: { current: string; next: string }): Promise<void> {
  authorize(user, "account.manage");
  const hash = await getPasswordHash(user.id);
  if (!hash || !(await verifyPassword(hash, input.current))) {
    throw new AppError("validation_failed", "The current password is not correct.", { details: { field: "current" } });
  }
  assertPasswordAcceptable(input.next, user.email);
  await updateUser(user.id, { passwordHash: await hashPassword(input.next) });
  await recordAudit({ actorId: user.id, action: "user.password", entityType: "user", entityId: user.id });
}

/** The interface language the person chose (remembered with their account). */
export async function setMyLocale(user: CurrentUser, locale: Locale): Promise<void> {
  authorize(user, "account.manage");
  await updateUser(user.id, { locale });
}

export async function listMyTokens(user: CurrentUser): Promise<ApiTokenRecord[]> {
  authorize(user, "account.manage");
  return listApiTokens(user.id);
}

/** Creates a token for `owner`; the secret is returned here once and never stored. */
export async function createApiToken(owner: CurrentUser, name: string): Promise<{ token: string; record: ApiTokenRecord }> {
  authorize(owner, "account.manage");
  const { token, tokenHash, prefix } = generateApiToken();
  const record = await insertApiToken({ userId: owner.id, name: name.trim() || "API token", tokenHash, prefix });
  await recordAudit({ actorId: owner.id, action: "token.create", entityType: "apiToken", entityId: record.id, details: { name: record.name } });
  return { token, record };
}

export async function revokeMyToken(user: CurrentUser, tokenId: string): Promise<void> {
  authorize(user, "account.manage");
  if (!(await revokeApiToken(user.id, tokenId))) throw notFound("The token");
  await recordAudit({ actorId: user.id, action: "token.revoke", entityType: "apiToken", entityId: tokenId });
}
