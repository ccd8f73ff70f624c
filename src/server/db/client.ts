// The Prisma client for the configured engine. Both engines' clients are generated from one
// data model (prisma/models.prisma), so they share one TypeScript shape: the SQLite client's
// type is used for both. One client per process (kept on globalThis across dev reloads).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/prisma/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "../../generated/prisma/postgresql/client.ts";
import { resolveDatabase, type DatabaseTarget } from "./database-url.ts";

export type Db = SqliteClient;

export function createDb(target: DatabaseTarget = resolveDatabase(process.env)): Db {
  if (target.engine === "postgresql") {
    const adapter = new PrismaPg({ connectionString: target.url, max: 10 });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  // better-sqlite3 waits up to `timeout` ms for a lock held by another connection.
  const adapter = new PrismaBetterSqlite3({ url: target.file ?? target.url, timeout: 10_000 });
  return new SqliteClient({ adapter });
}

const holder = globalThis as unknown as { __saringDb?: Db };

/** The process-wide client. */
export function db(): Db {
  holder.__saringDb ??= createDb();
  return holder.__saringDb;
}
