// Direct access to the SQLite connection Prisma's better-sqlite3 adapter opened, for the one
// write that must be fast (a new annotation): there, a synchronous transaction on the same
// connection does in one step what takes Prisma nine awaited statements. The same connection,
// not a second one: a second connection would meet Prisma's open transactions as locks
// (SQLITE_BUSY) instead of waiting its turn. Callers check `inTransaction` first — a Prisma
// interactive transaction may be open on it between awaits — and take Prisma's path then.
import Database from "better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export interface KeptConnection {
  factory: SqlDriverAdapterFactory;
  /** The connection, once Prisma has opened it (null before). */
  connection(): Database.Database | null;
}

/** Wraps the adapter factory to keep the connection it opens (the adapter keeps it as `client`). */
export function keepSqliteConnection(factory: SqlDriverAdapterFactory): KeptConnection {
  let captured: Database.Database | null = null;
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => {
        const adapter = await factory.connect();
        const client = (adapter as unknown as { client?: unknown }).client;
        // Another adapter version that keeps it elsewhere: no direct path, Prisma's is used.
        captured = client instanceof Database ? client : null;
        return adapter;
      },
    },
    connection: () => (captured?.open ? captured : null),
  };
}

/** A DateTime as Prisma's SQLite adapter stores it ("2026-11-23T11:39:53.795+00:00"). */
export function sqliteTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
