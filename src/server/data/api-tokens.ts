// Data access for personal API tokens. Only hashes are stored.
import { db } from "../db/client.ts";
import { publicUserFields } from "./users.ts";

export interface ApiTokenRecord {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const listFields = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

export async function insertApiToken(data: { userId: string; name: string; tokenHash: string; prefix: string }) {
  return db().apiToken.create({ data, select: listFields });
}

export async function listApiTokens(userId: string): Promise<ApiTokenRecord[]> {
  return db().apiToken.findMany({ where: { userId }, select: listFields, orderBy: { createdAt: "desc" } });
}

/** The token with its owner (one query), by hash; null when unknown. */
export async function findApiTokenByHash(tokenHash: string) {
  return db().apiToken.findUnique({
    where: { tokenHash },
    select: { id: true, revokedAt: true, lastUsedAt: true, userId: true, user: { select: publicUserFields } },
  });
}

/** Revokes a token of this user; false when the user has no such active token. */
export async function revokeApiToken(userId: string, id: string): Promise<boolean> {
  const result = await db().apiToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return result.count === 1;
}

export async function touchApiToken(id: string, at: Date): Promise<void> {
  await db().apiToken.update({ where: { id }, data: { lastUsedAt: at } });
}
