// SQLite through @prisma/adapter-better-sqlite3, with what the wasm engine needs beyond it:
// migration scripts run whole (the adapter's executeRaw runs one statement), a migrations
// table on a fresh database, a real reset (the wasm engine only deletes rows), and creating
// the database file.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { PrismaBetterSqlite3 } = require("@prisma/adapter-better-sqlite3");
const Database = require("better-sqlite3");

/** The file path of a `file:` URL (relative paths against the working directory). */
export function sqlitePath(url) {
  const path = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path === ":memory:" ? path : resolve(path);
}

/** More than one statement in a script without parameters. */
function isScript(sql) {
  const trimmed = sql.trim().replace(/;\s*$/, "");
  return /;\s*\S/.test(trimmed);
}

function wrapAdapter(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0 && isScript(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

class SqliteFactory {
  provider = "sqlite";
  adapterName = "@prisma/adapter-better-sqlite3";
  #inner;
  #path;
  constructor(url, shadowDatabaseUrl) {
    const options = shadowDatabaseUrl ? { shadowDatabaseUrl: sqlitePath(shadowDatabaseUrl) } : undefined;
    this.#path = sqlitePath(url);
    this.#inner = new PrismaBetterSqlite3({ url: this.#path }, options);
  }
  async connect() {
    // Like the native engine, open (and so create) the file even when its folder is new.
    if (this.#path !== ":memory:") mkdirSync(dirname(this.#path), { recursive: true });
    return wrapAdapter(await this.#inner.connect());
  }
  async connectToShadowDb() {
    return wrapAdapter(await this.#inner.connectToShadowDb());
  }
}

export function sqliteAdapterFactory(datasource) {
  return new SqliteFactory(datasource.url, datasource.shadowDatabaseUrl);
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** The wasm engine treats a missing migrations table as fatal (P1014): create it first. */
export function ensureMigrationsTable(url) {
  const path = sqlitePath(url);
  if (path === ":memory:" || !existsSync(path)) return;
  const db = new Database(path);
  try {
    db.exec(MIGRATIONS_TABLE);
  } finally {
    db.close();
  }
}

/** Drops every table, view, index and trigger: an empty schema, as `migrate reset` expects. */
export function resetSqlite(url) {
  const path = sqlitePath(url);
  if (path !== ":memory:" && !existsSync(path)) return;
  const db = new Database(path);
  try {
    db.pragma("foreign_keys = OFF");
    const objects = db
      .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('view', 'trigger', 'table')")
      .all();
    const order = { trigger: 0, view: 1, table: 2 };
    objects.sort((a, b) => order[a.type] - order[b.type]);
    const drop = db.transaction(() => {
      for (const { type, name } of objects) db.exec(`DROP ${type.toUpperCase()} IF EXISTS "${name.replaceAll('"', '""')}"`);
    });
    drop();
    db.exec("VACUUM");
  } finally {
    db.close();
  }
}

export function sqliteExists(url) {
  const path = sqlitePath(url);
  return path === ":memory:" || existsSync(path);
}

export function createSqliteDatabase(url) {
  const path = sqlitePath(url);
  if (path === ":memory:" || existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, "");
}
