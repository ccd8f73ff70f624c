// A fresh, migrated database for one test file: a new SQLite file by default, or a new
// database on the PostgreSQL server named by DATABASE_URL. Real engines, never mocks.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import { resolveDatabase, type DatabaseTarget, type Env } from "../../src/server/db/database-url.ts";
import { migrateDatabase } from "../../src/server/setup/migrate.ts";

const TMP = resolve(".tmp", "test-db");

export function isPostgres(env: Env = process.env): boolean {
  return resolveDatabase(env).engine === "postgresql";
}

/** Creates an empty database on the same PostgreSQL server as `baseUrl`; returns its URL. */
export async function createPostgresDatabase(baseUrl: string, prefix = "saring_test"): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropPostgresDatabase(baseUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  target: DatabaseTarget;
  env: Env;
  cleanup(): Promise<void>;
}

/**
 * Makes a new database, migrates it with `prisma migrate deploy`, and points this process's
 * DATABASE_URL and data folder at it (the app's client is created lazily from the env).
 */
export async function useFreshDatabase(): Promise<TestDatabase> {
  // The server URL given to the test run; remembered, since DATABASE_URL is repointed below.
  process.env.SARING_TEST_BASE_URL ??= process.env.DATABASE_URL ?? "";
  const base = process.env.SARING_TEST_BASE_URL || undefined;
  const id = randomBytes(6).toString("hex");
  const dataDir = join(TMP, id);
  mkdirSync(dataDir, { recursive: true });
  let url: string;
  if (base && isPostgres({ DATABASE_URL: base })) url = await createPostgresDatabase(base);
  else url = `file:${join(dataDir, "saring.db")}`;
  const env = { ...process.env, DATABASE_URL: url, SARING_DATA_DIR: dataDir };
  const target = resolveDatabase(env);
  await migrateDatabase(target, env);
  process.env.DATABASE_URL = url;
  process.env.SARING_DATA_DIR = dataDir;
  return {
    target,
    env,
    async cleanup() {
      const { db } = await import("../../src/server/db/client.ts");
      await db().$disconnect();
      if (base && target.engine === "postgresql") await dropPostgresDatabase(base, url);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The PostgreSQL server tests may create databases on, if any (CI always has one). */
export function postgresServerForTests(): string | undefined {
  const candidates = [process.env.SARING_TEST_POSTGRES_URL, process.env.SARING_TEST_BASE_URL, process.env.DATABASE_URL];
  return candidates.find((u) => u && isPostgres({ DATABASE_URL: u }));
}

/**
 * A second, migrated, empty database of the chosen engine beside the test's own (for backup
 * round trips); not connected to the app's client.
 */
export async function extraDatabase(engine: "sqlite" | "postgresql"): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  const dir = join(TMP, `extra-${randomBytes(6).toString("hex")}`);
  mkdirSync(dir, { recursive: true });
  const server = postgresServerForTests();
  if (engine === "postgresql" && !server) throw new Error("No PostgreSQL server for tests: set SARING_TEST_POSTGRES_URL.");
  const url = engine === "postgresql" ? await createPostgresDatabase(server!, "saring_extra") : `file:${join(dir, "saring.db")}`;
  const env = { ...process.env, DATABASE_URL: url, SARING_DATA_DIR: dir };
  const target = resolveDatabase(env);
  await migrateDatabase(target, env);
  return {
    target,
    async drop() {
      if (engine === "postgresql") await dropPostgresDatabase(server!, url);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
