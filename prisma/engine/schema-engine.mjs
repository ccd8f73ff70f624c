#!/usr/bin/env node
// A stand-in for Prisma's native schema-engine executable, which cannot be downloaded on an
// offline machine. It speaks the same command line and JSON-RPC protocol to the unmodified
// Prisma CLI and does the work with Prisma's own schema engine compiled to WebAssembly
// (@prisma/schema-engine-wasm) over the official driver adapters. prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here unless the variable is already set.
//
//   schema-engine.mjs --version
//   schema-engine.mjs --datasource '{"url":...}' cli can-connect-to-database | create-database
//   schema-engine.mjs --datamodels a.prisma [--datamodels b.prisma] --datasource '{...}'   (JSON-RPC on stdio)
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { errorCode, rpcError, writeCliFailure } from "./errors.mjs";
import { checkPostgres, createPostgresDatabase, databaseName, postgresAdapterFactory, postgresErrorCode } from "./postgres.mjs";
import { createSqliteDatabase, ensureMigrationsTable, resetSqlite, sqliteAdapterFactory, sqliteExists, sqlitePath } from "./sqlite.mjs";
import { createEngine, engineVersion, panics } from "./wasm-engine.mjs";

const require = (await import("node:module")).createRequire(import.meta.url);
const { bindMigrationAwareSqlAdapterFactory } = require("@prisma/driver-adapter-utils");

function parseArgs(argv) {
  const args = { datamodels: [], datasource: null, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") args.version = true;
    else if (a === "--datamodels") args.datamodels.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
    else if (a === "cli") args.cli = argv[++i];
  }
  return args;
}

const isPostgresUrl = (url) => /^postgres(ql)?:\/\//i.test(url ?? "");

/** The datasource: from --datasource, else an in-memory SQLite for schema-only work. */
function datasourceOf(args) {
  if (args.datasource?.url) return args.datasource;
  const provider = args.datamodels.map((p) => readFileSync(p, "utf8")).join("\n").match(/provider\s*=\s*"(postgresql|postgres|sqlite)"/g);
  const postgres = provider?.some((p) => p.includes("postgres"));
  if (postgres) throw new Error("This command needs a PostgreSQL connection: set DATABASE_URL.");
  return { url: "file::memory:" };
}

// ---- `cli` subcommands -------------------------------------------------------------------

async function runCli(command, datasource) {
  const url = datasource?.url;
  try {
    if (isPostgresUrl(url)) {
      if (command === "can-connect-to-database") await checkPostgres(url);
      else if (command === "create-database") await createPostgresDatabase(url);
      else throw new Error(`Unknown command: ${command}`);
      return 0;
    }
    if (command === "can-connect-to-database") {
      if (!sqliteExists(url)) {
        writeCliFailure("P1003", `Database ${sqlitePath(url)} does not exist`);
        return 1;
      }
    } else if (command === "create-database") createSqliteDatabase(url);
    else throw new Error(`Unknown command: ${command}`);
    return 0;
  } catch (err) {
    const code = isPostgresUrl(url) ? postgresErrorCode(err) : errorCode(err) ?? "P1001";
    const where = isPostgresUrl(url) ? `database \`${databaseName(url)}\`` : "the database";
    const message = code === "P1003" ? `Database \`${databaseName(url)}\` does not exist` : `Can't reach ${where}: ${err.message}`;
    writeCliFailure(code, message);
    return 1;
  }
}

// ---- JSON-RPC over stdio -----------------------------------------------------------------

/** Methods that read the migrations table, which must exist on SQLite (see sqlite.mjs). */
const READS_HISTORY = new Set(["applyMigrations", "devDiagnostic", "diagnoseMigrationHistory", "markMigrationApplied", "markMigrationRolledBack"]);

function serveRpc(args) {
  const datasource = datasourceOf(args);
  const postgres = isPostgresUrl(datasource.url);
  const factory = postgres ? postgresAdapterFactory(datasource) : sqliteAdapterFactory(datasource);
  const datamodels = args.datamodels.map((path) => [path, readFileSync(path, "utf8")]);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  let enginePromise;
  const engine = () => (enginePromise ??= createEngine(datamodels, bound, (line) => process.stderr.write(`${line}\n`)));

  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  let printAck = null;
  let nextPrintId = 1_000_000;
  const print = (content) =>
    new Promise((resolve) => {
      printAck = resolve;
      send({ jsonrpc: "2.0", id: nextPrintId++, method: "print", params: { content } });
    });

  async function handle(method, params) {
    if (method === "getDatabaseVersion") return (await engine()).version(params);
    if (method === "createDatabase") {
      if (postgres) await createPostgresDatabase(datasource.url);
      else createSqliteDatabase(datasource.url);
      return { databaseName: postgres ? databaseName(datasource.url) : sqlitePath(datasource.url) };
    }
    if (method === "reset" && !postgres) {
      resetSqlite(datasource.url);
      return null;
    }
    if (!postgres && READS_HISTORY.has(method)) ensureMigrationsTable(datasource.url);
    const e = await engine();
    if (method === "diff") {
      // The wasm engine panics when an optional field is absent rather than null.
      const result = await e.diff({ shadowDatabaseUrl: null, exitCode: null, ...params });
      if (result.stdout) await print(result.stdout);
      return { exitCode: result.exitCode };
    }
    if (typeof e[method] !== "function") throw Object.assign(new Error(`Unknown method: ${method}`), { code: undefined });
    return (await e[method](params)) ?? null;
  }

  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return;
    }
    if (!message.method) {
      // The CLI's acknowledgement of a print request.
      printAck?.();
      printAck = null;
      return;
    }
    // Handle one request at a time, in order, as the native engine does.
    queue = queue.then(async () => {
      panics.last = null;
      try {
        send({ jsonrpc: "2.0", id: message.id, result: await handle(message.method, message.params) });
      } catch (err) {
        send(rpcError(message.id, err, panics.last, bound.errorRegistry));
      }
    });
  });
  lines.on("close", () => queue.then(() => process.exit(0)));
}

// ---- entry -------------------------------------------------------------------------------

// A panic inside the engine can surface outside any request; report its message and exit.
process.on("uncaughtException", (err) => {
  process.stderr.write(`${JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { message: panics.last ?? String(err?.stack ?? err), is_panic: true } })}\n`);
  process.exit(101);
});

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  console.log(`schema-engine-wasm ${await engineVersion()} (Saring offline stand-in)`);
} else if (args.cli) {
  process.exitCode = await runCli(args.cli, args.datasource);
} else {
  serveRpc(args);
}
