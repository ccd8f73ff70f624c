// PostgreSQL through @prisma/adapter-pg, with what the wasm engine needs beyond it: the
// internal "char" type (OID 18) that the schema describer reads from pg_catalog, read as text;
// shadow databases created and dropped here (the adapter ignores the database name when given
// a connection string, and drops the database before closing its pool); creating databases.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { PrismaPg } = require("@prisma/adapter-pg");
const pg = require("pg");

const CHAR_OID = 18;
const TEXT_OID = 25;

/** Reports "char" columns as text, once, on the class every adapter query goes through. */
function patchCharColumns(adapter) {
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__saringCharPatched) return adapter;
  const performIO = proto.performIO;
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    for (const field of result.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    return result;
  };
  proto.__saringCharPatched = true;
  return adapter;
}

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

async function withAdminClient(url, work) {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

class PostgresFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";
  #url;
  #shadowUrl;
  constructor(url, shadowDatabaseUrl) {
    this.#url = url;
    this.#shadowUrl = shadowDatabaseUrl;
  }
  async connect() {
    return patchCharColumns(await new PrismaPg({ connectionString: this.#url }).connect());
  }
  async connectToShadowDb() {
    if (this.#shadowUrl) return patchCharColumns(await new PrismaPg({ connectionString: this.#shadowUrl }).connect());
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withAdminClient(this.#url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    const adapter = patchCharColumns(await new PrismaPg({ connectionString: withDatabase(this.#url, name) }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await withAdminClient(this.#url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    };
    return adapter;
  }
}

export function postgresAdapterFactory(datasource) {
  return new PostgresFactory(datasource.url, datasource.shadowDatabaseUrl);
}

/** Throws pg's own error when the database cannot be reached or does not exist. */
export async function checkPostgres(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  await client.end();
}

export async function createPostgresDatabase(url) {
  const name = databaseName(url);
  await withAdminClient(url, async (c) => {
    const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
}

/** Prisma's error codes for pg connection failures. */
export function postgresErrorCode(err) {
  const code = err?.code;
  if (code === "3D000") return "P1003";
  if (code === "28P01" || code === "28000") return "P1000";
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "ECONNRESET"].includes(code)) return "P1001";
  if (/timeout/i.test(err?.message ?? "")) return "P1002";
  return "P1001";
}
