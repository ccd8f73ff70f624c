// Data access for personal API tokens. Only hashes are stored.
import type Database from "better-sqlite3";
import type { Role } from "../../domain/auth/roles.ts";
import { db, directPostgres, directSqlite } from "../db/client.ts";
import { publicUserFields, type UserRecord } from "./users.ts";

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

export interface TokenWithOwner {
  id: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  userId: string;
  user: UserRecord;
}

/** The token with its owner (one query), by hash; null when unknown. Asked on every API request. */
export async function findApiTokenByHash(tokenHash: string): Promise<TokenWithOwner | null> {
  // Without Prisma's query engine: on SQLite one synchronous read on Prisma's connection (see
  // db/sqlite-direct.ts), on PostgreSQL one query on the pool Prisma's adapter uses.
  const conn = directSqlite();
  if (conn) return ownerOf(findSqlite(conn, tokenHash));
  const pool = directPostgres();
  if (pool) {
    const result = await pool.query<TokenRow>({
      name: "saring-api-token-by-hash",
      text: `SELECT t."id", t."revokedAt" AT TIME ZONE 'UTC' AS "revokedAt", t."lastUsedAt" AT TIME ZONE 'UTC' AS "lastUsedAt", t."userId",
              u."email", u."name", u."role", u."locale", u."disabledAt" AT TIME ZONE 'UTC' AS "disabledAt", u."createdAt" AT TIME ZONE 'UTC' AS "createdAt"
       FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" WHERE t."tokenHash" = $1`,
      values: [tokenHash],
    });
    return ownerOf(result.rows[0]);
  }
  return db().apiToken.findUnique({
    where: { tokenHash },
    select: { id: true, revokedAt: true, lastUsedAt: true, userId: true, user: { select: publicUserFields } },
  });
}

const tokenQuery = new WeakMap<Database.Database, Database.Statement>();

type Stamp = string | Date | null;
interface TokenRow {
  id: string;
  revokedAt: Stamp;
  lastUsedAt: Stamp;
  userId: string;
  email: string;
  name: string;
  role: string;
  locale: string;
  disabledAt: Stamp;
  createdAt: Stamp;
}

function findSqlite(conn: Database.Database, tokenHash: string): TokenRow | undefined {
  let statement = tokenQuery.get(conn);
  if (!statement) {
    statement = conn.prepare(
      `SELECT t."id", t."revokedAt", t."lastUsedAt", t."userId", u."email", u."name", u."role", u."locale", u."disabledAt", u."createdAt"
       FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" WHERE t."tokenHash" = ?`,
    );
    tokenQuery.set(conn, statement);
  }
  return statement.get(tokenHash) as TokenRow | undefined;
}

function ownerOf(r: TokenRow | undefined): TokenWithOwner | null {
  if (!r) return null;
  const date = (v: Stamp) => (v === null ? null : new Date(v));
  return {
    id: r.id,
    revokedAt: date(r.revokedAt),
    lastUsedAt: date(r.lastUsedAt),
    userId: r.userId,
    user: { id: r.userId, email: r.email, name: r.name, role: r.role as Role, locale: r.locale, disabledAt: date(r.disabledAt), createdAt: date(r.createdAt)! },
  };
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
