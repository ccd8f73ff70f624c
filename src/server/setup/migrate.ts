// Brings the database schema up to date with `prisma migrate deploy` (the unmodified Prisma
// CLI; see prisma.config.ts), and puts SQLite in WAL mode.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import type { DatabaseTarget, Env } from "../db/database-url.ts";
import { createDb } from "../db/client.ts";

export function prismaCli(args: string[], env: Env): { status: number; output: string } {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, ...args], { env: env as NodeJS.ProcessEnv, encoding: "utf8" });
  return { status: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

export async function migrateDatabase(target: DatabaseTarget, env: Env): Promise<void> {
  const { status, output } = prismaCli(["migrate", "deploy"], { ...env, DATABASE_URL: target.url });
  if (status !== 0) throw new Error(`Database migration failed:\n${output.trim()}`);
  if (target.engine === "sqlite") {
    const db = createDb(target);
    try {
      await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    } finally {
      await db.$disconnect();
    }
  }
}
