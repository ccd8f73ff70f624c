// The Prisma client for the configured engine. Both engines' clients are generated from one
// data model (prisma/models.prisma), so they share one TypeScript shape: the SQLite client's
// type is used for both. One client per process (kept on globalThis across dev reloads).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/prisma/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "../../generated/prisma/postgresql/client.ts";
import { resolveDatabase, type DatabaseTarget } from "./database-url.ts";
import type Database from "better-sqlite3";
import pg from "pg";
import { keepSqliteConnection } from "./sqlite-direct.ts";

export type Db = SqliteClient;

export function createDb(target: DatabaseTarget = resolveDatabase(process.env)): Db {
  if (target.engine === "postgresql") {
    // A client of its own (tests, the command line): the adapter owns its pool and ends it on $disconnect.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url, max: 10 }) }) as unknown as Db;
  }
  return sqliteClient(target).client;
}

function postgresClient(url: string) {
  // The process-wide client: our pool, given to Prisma's adapter, so the hottest queries can use
  // it directly too. An idle connection the server closes (restart, admin) is dropped from the
  // pool; without a listener that error would end the process.
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("error", (err) => console.error(`[saring] a PostgreSQL connection was closed: ${(err as { code?: string }).code ?? err.name}`));
  return { client: new PostgresClient({ adapter: new PrismaPg(pool) }) as unknown as Db, pool };
}

function sqliteClient(target: DatabaseTarget) {
  // better-sqlite3 waits up to `timeout` ms for a lock held by another connection.
  const kept = keepSqliteConnection(new PrismaBetterSqlite3({ url: target.file ?? target.url, timeout: 10_000 }));
  return { client: new SqliteClient({ adapter: kept.factory }), direct: kept.connection };
}

const holder = globalThis as unknown as { __saringDb?: Db; __saringDirect?: () => Database.Database | null; __saringPool?: pg.Pool };

/** The process-wide client. */
export function db(): Db {
  if (!holder.__saringDb) {
    const target = resolveDatabase(process.env);
    if (target.engine === "postgresql") {
      const { client, pool } = postgresClient(target.url);
      holder.__saringDb = client;
      holder.__saringPool = pool;
    } else {
      const { client, direct } = sqliteClient(target);
      holder.__saringDb = client;
      holder.__saringDirect = direct;
    }
  }
  return holder.__saringDb;
}

/** The process-wide client's PostgreSQL pool (null on SQLite). */
export function directPostgres(): pg.Pool | null {
  db();
  return holder.__saringPool ?? null;
}

/** The process-wide client's SQLite connection, once open (null on PostgreSQL); see sqlite-direct.ts. */
export function directSqlite(): Database.Database | null {
  db();
  return holder.__saringDirect?.() ?? null;
}
