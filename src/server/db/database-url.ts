// Which database engine and URL to use, from the environment. Pure: no I/O.
// SQLite is the default (a file in the data folder); a postgresql:// URL selects PostgreSQL.
import { resolve } from "node:path";

export type DatabaseEngine = "sqlite" | "postgresql";
export interface DatabaseTarget {
  engine: DatabaseEngine;
  url: string;
  /** For SQLite: the absolute path of the database file. */
  file?: string;
}

/** Environment variables, as process.env or a plain object. */
export type Env = Readonly<Record<string, string | undefined>>;

export function dataDir(env: Env): string {
  return resolve(/*turbopackIgnore: true*/ env.SARING_DATA_DIR || "data");
}

export function resolveDatabase(env: Env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//i.test(url)) return { engine: "postgresql", url };
  if (url && !url.startsWith("file:")) {
    throw new Error("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)");
  }
  const file = url ? resolve(/*turbopackIgnore: true*/ url.slice("file:".length)) : resolve(/*turbopackIgnore: true*/ dataDir(env), "saring.db");
  return { engine: "sqlite", url: `file:${file}`, file };
}
